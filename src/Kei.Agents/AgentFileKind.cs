namespace Kei.Agents
{
    /// <summary>What an input file is; hosts decide it from item metadata (KeiKind), never from the extension alone.</summary>
    public enum AgentFileKind
    {
        Manifest,
        Block,
        Layout,
    }
}
