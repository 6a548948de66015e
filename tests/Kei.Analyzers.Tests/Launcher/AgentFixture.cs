using Kei.Agents;
using Kei.Analyzers.Tests.Harness;

namespace Kei.Analyzers.Tests.Launcher;

/// <summary>An active agent (<c>KeiAgent</c>) whose only block declares the given params, as the build passes it.</summary>
internal static class AgentFixture
{
    public const string AgentName = "gpu-launcher";

    /// <param name="paramsToml">TOML key/values placed inside the block's <c>params</c> inline table.</param>
    public static KeiTest WithAgent(KeiTest test, string paramsToml)
    {
        string manifest = $$"""
            name = "{{AgentName}}"
            description = "Launches GPU jobs."
            tools = ["Read"]
            model = "sonnet"
            role = "You launch GPU jobs."
            blocks = ["baseline", "evidence-grading", "memory-protocol", "launcher"]
            """;
        return test
            .WithAgentFile(AgentFileKind.Manifest, "manifests/" + AgentName + ".toml", manifest)
            .WithAgentFile(AgentFileKind.Block, "blocks/baseline.md", "## BASELINE\n\nBe careful.\n")
            .WithAgentFile(AgentFileKind.Block, "blocks/evidence-grading.md", "## EVIDENCE\n\nGrade claims.\n")
            .WithAgentFile(AgentFileKind.Block, "blocks/memory-protocol.md", "## MEMORY\n\nRemember.\n")
            .WithAgentFile(AgentFileKind.Block, "blocks/launcher.md", "+++\nparams = { " + paramsToml + " }\n+++\n## LAUNCHER\n\nLaunch.\n")
            .WithActiveAgent(AgentName);
    }
}
