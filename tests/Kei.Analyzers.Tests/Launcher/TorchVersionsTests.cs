using Kei.Analyzers.Launcher;

namespace Kei.Analyzers.Tests.Launcher;

/// <summary>KEI011's version arithmetic, read in place: numeric parts compared as numbers, suffixes ignored.</summary>
public sealed class TorchVersionsTests
{
    [Theory]
    [InlineData("2.10", "2.9", 1)]
    [InlineData("2.9", "2.10", -1)]
    [InlineData("2.1", "2.1.0", 0)]
    [InlineData("2.1.1", "2.1", 1)]
    [InlineData("2.0.1+cu118", "2.0.1", 0)]
    [InlineData(" 2.3 ", "2.3", 0)]
    [InlineData("2.1.x", "2.1", 0)]
    [InlineData("1.13", "2.0", -1)]
    [InlineData("latest", "2.1", 0)]
    [InlineData("2.1", "", 0)]
    [InlineData("99999999999.1", "2.1", 0)]
    public void Compare_orders_versions_numerically(string left, string right, int expected)
        => Assert.Equal(expected, System.Math.Sign(TorchVersions.Compare(left, right)));

    [Theory]
    [InlineData("2", true)]
    [InlineData("2.1.0+cu121", true)]
    [InlineData("v2.1", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    public void IsVersion_needs_a_leading_number(string text, bool expected) => Assert.Equal(expected, TorchVersions.IsVersion(text));

    [Theory]
    [InlineData("pytorch/pytorch:2.1.0-cuda12.1-cudnn8-runtime", "2.1.0")]
    [InlineData("python:3.11 torch==2.01", "2.1")]
    [InlineData("TORCH==2.3", "2.3")]
    [InlineData("env torch==1.13.1+cu117", "1.13.1")]
    public void The_version_in_an_image_name_is_found(string image, string expected)
    {
        Assert.True(TorchVersions.TryFindInImage(image, out string version));
        Assert.Equal(expected, version);
    }

    [Theory]
    [InlineData("ubuntu:22.04")]
    [InlineData("torch==latest")]
    [InlineData("pytorch:")]
    public void An_image_without_a_torch_version_has_none(string image)
    {
        Assert.False(TorchVersions.TryFindInImage(image, out string version));
        Assert.Equal(string.Empty, version);
    }
}
