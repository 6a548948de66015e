namespace Kei.Agents.Targets
{
    /// <summary>One file a target writes: the target, the path relative to the target's base folder ('/'), the exact text.</summary>
    public sealed class TargetOutput
    {
        public TargetOutput(AgentTarget target, string path, string text)
        {
            Target = target;
            Path = path;
            Text = text;
        }

        public AgentTarget Target { get; }

        public string Path { get; }

        public string Text { get; }

        public override string ToString() => Target.Name + ":" + Path;
    }
}
