namespace Kei.Toml.Tests
{
    /// <summary>Tests that measure time run alone, not beside other test classes competing for the same cores.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class TimingCollection
    {
        public const string Name = "timing";
    }
}
