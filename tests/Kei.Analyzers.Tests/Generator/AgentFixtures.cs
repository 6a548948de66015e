using System.Collections.Generic;

namespace Kei.Analyzers.Tests.Generator;

/// <summary>A small, valid agent set (two agents, five blocks) as the generator receives it: paths, texts, KeiKind.</summary>
internal static class AgentFixtures
{
    public const string ModalRunnerPath = "agents/manifests/modal-runner.toml";
    public const string CodeImplementerPath = "agents/manifests/code-implementer.toml";

    public const string ModalRunner = """
        name = "modal-runner"
        description = "Launches and watches GPU jobs"
        tools = ["Read", "Bash"]
        model = "opus"
        role = "You launch GPU jobs and watch them to the end."
        blocks = ["baseline", "evidence-grading", "memory-protocol", "size-limits"]

        [[handoff]]
        target = "code-implementer"
        trigger = "the launcher code needs a change"
        """;

    public static string CodeImplementer(string description = "Writes C# within the size limits") => $$"""
        name = "code-implementer"
        description = "{{description}}"
        tools = ["Read", "Edit"]
        model = "sonnet"
        role = "You implement small, tested changes."
        blocks = ["baseline", "evidence-grading", "memory-protocol", "size-limits"]

        [params]
        max_function_lines = 25
        """;

    public static IReadOnlyList<(string Path, string Text, string Kind)> Blocks { get; } =
    [
        ("agents/blocks/baseline.md", "## BASELINE\n\nSay what you verified.\n", "Block"),
        ("agents/blocks/evidence-grading.md", "## EVIDENCE GRADING\n\nGrade every claim.\n", "Block"),
        ("agents/blocks/memory-protocol.md", "## MEMORY PROTOCOL\n\nWrite notes.\n", "Block"),
        ("agents/blocks/size-limits.md", SizeLimits, "Block"),
    ];

    /// <summary>The two manifests and every block.</summary>
    public static List<(string Path, string Text, string Kind)> ValidSet() =>
    [
        (ModalRunnerPath, ModalRunner, "Manifest"),
        (CodeImplementerPath, CodeImplementer(), "Manifest"),
        .. Blocks,
    ];

    private const string SizeLimits = """
        +++
        params = { max_file_lines = 200, max_function_lines = 30 }
        enforces = ["KEI100", "KEI101"]
        +++
        ## SIZE LIMITS

        Keep functions within {{max_function_lines}} lines.

        """;
}
