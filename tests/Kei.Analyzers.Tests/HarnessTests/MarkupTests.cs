using System;
using Kei.Analyzers.Tests.Harness;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Tests.HarnessTests;

public sealed class MarkupTests
{
    [Fact]
    public void PlainSpanHasNoIdAndRefersToTheCleanText()
    {
        TestMarkup markup = TestMarkup.Parse("class [|C|] { }");
        Assert.Equal("class C { }", markup.Text);
        Assert.Equal(new MarkupSpan(null, new TextSpan(6, 1)), Assert.Single(markup.Spans));
    }

    [Fact]
    public void ExplicitIdsNestedAndEmptySpans()
    {
        TestMarkup markup = TestMarkup.Parse("{|KEI100:|}a {|KEI101:b[|c|]|} [||]");
        Assert.Equal("a bc ", markup.Text);
        Assert.Equal(
            [new MarkupSpan("KEI100", new TextSpan(0, 0)), new MarkupSpan(null, new TextSpan(3, 1)), new MarkupSpan("KEI101", new TextSpan(2, 2)), new MarkupSpan(null, new TextSpan(5, 0))],
            markup.Spans);
    }

    [Fact]
    public void BracesThatAreNotMarkupStayText()
    {
        TestMarkup markup = TestMarkup.Parse("var x = new { A = 1 }; bool b = x is {|};");
        Assert.Equal("var x = new { A = 1 }; bool b = x is {|};", markup.Text);
        Assert.Empty(markup.Spans);
    }

    [Theory]
    [InlineData("[|a")]
    [InlineData("a|]")]
    [InlineData("{|KEI1:a|]")]
    public void MalformedMarkupIsRejected(string text) => Assert.Throws<FormatException>(() => TestMarkup.Parse(text));
}
