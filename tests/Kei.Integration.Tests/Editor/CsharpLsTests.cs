using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kei.Integration.Tests.Infrastructure;

namespace Kei.Integration.Tests.Editor;

/// <summary>
/// The editor as a user sees it: csharp-ls (a real C# language server, installed as a local dotnet tool from
/// .config/dotnet-tools.json) opens a launcher project, gets <c>csharp.analyzersEnabled</c> through
/// <c>workspace/configuration</c>, and shows for every file exactly the KEI diagnostics — id, range, severity,
/// message — that <c>dotnet build</c> reports for it; the generated policy classes resolve (hover). Every wait ends
/// on the server's own messages; the bounds are generous because CI machines are busy.
/// </summary>
public sealed class CsharpLsTests
{
    private static readonly TimeSpan Request = TimeSpan.FromMinutes(5);

    /// <summary>Loading runs a design-time build of the project: minutes on a busy machine.</summary>
    private static readonly TimeSpan Loading = TimeSpan.FromMinutes(15);

    [Fact]
    public async Task Csharp_ls_shows_what_dotnet_build_reports_and_resolves_the_generated_policy()
    {
        ProcessResult restore = await ProcessRunner.RunDotnetAsync(RepoPaths.Root, ["tool", "restore"], TimeSpan.FromMinutes(5));
        Assert.True(restore.ExitCode == 0, "dotnet tool restore failed:\n" + restore);
        using var project = new EditorProject();
        IReadOnlyList<EditorDiagnostic> built = await project.BuildDiagnosticsAsync();
        Assert.True(built.Select(d => d.Id).Distinct().Count() >= 18, "dotnet build reported too few KEI rules:\n" + string.Join("\n", built));

        await using LanguageServer server = LanguageServer.Start("csharp-ls", new JsonObject { ["analyzersEnabled"] = true }, "csharp");
        await server.RequestAsync("initialize", InitializeParameters(project.Root), Request);
        await server.NotifyAsync("initialized", new JsonObject());

        // csharp-ls loads the workspace when the first document arrives and answers that pull once loaded.
        var shown = new List<EditorDiagnostic>();
        TimeSpan bound = Loading;
        foreach (string file in project.SourceFiles)
        {
            shown.AddRange(await PullDiagnosticsAsync(server, project, file, bound));
            bound = Request;
        }

        Assert.True(server.WorkspaceLoaded.IsCompleted, "csharp-ls answered before it finished loading the workspace. Server log:\n" + server.Log);

        Assert.Equal(string.Join("\n", built), string.Join("\n", shown.Order()));
        await AssertHoverAsync(server, project, "ModalRunner.Params.", "ModalRunner", "Policy of the agent 'modal-runner'");
        await AssertHoverAsync(server, project, "ModalRunner.Params.CheckpointEverySteps", "CheckpointEverySteps", "int Params.CheckpointEverySteps");
    }

    private static async Task<IEnumerable<EditorDiagnostic>> PullDiagnosticsAsync(LanguageServer server, EditorProject project, string file, TimeSpan timeout)
    {
        JsonObject document = await OpenAsync(server, project, file);
        JsonNode? report = await server.RequestAsync("textDocument/diagnostic", new JsonObject { ["textDocument"] = document }, timeout);
        Assert.True((string?)report?["kind"] == "full", "no full diagnostic report for " + file + ": " + report?.ToJsonString());
        return report!["items"]!.AsArray()
            .Where(item => ((string?)item!["code"])?.StartsWith("KEI", StringComparison.Ordinal) == true)
            .Select(item => EditorDiagnostic.FromLsp(item!, file));
    }

    /// <summary>Hovers over <paramref name="word"/> where it starts <paramref name="context"/> in AgentPolicy.cs: the generated symbol must resolve.</summary>
    private static async Task AssertHoverAsync(LanguageServer server, EditorProject project, string context, string word, string expected)
    {
        const string file = "AgentPolicy.cs";
        JsonObject document = await OpenAsync(server, project, file);
        string[] lines = File.ReadAllLines(project.PathOf(file));
        int line = Array.FindIndex(lines, l => l.Contains(context, StringComparison.Ordinal));
        int character = lines[line].IndexOf(context, StringComparison.Ordinal) + context.IndexOf(word, StringComparison.Ordinal) + 1;
        JsonNode? hover = await server.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = document,
            ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
        }, Request);
        string shown = hover?["contents"]?["value"]?.ToString() ?? "(no hover)";
        Assert.True(shown.Contains(expected, StringComparison.Ordinal), "hover over " + word + " shows: " + shown + "\nServer log:\n" + server.Log);
    }

    private static async Task<JsonObject> OpenAsync(LanguageServer server, EditorProject project, string file)
    {
        string uri = new Uri(project.PathOf(file)).AbsoluteUri;
        await server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = File.ReadAllText(project.PathOf(file)) },
        });
        return new JsonObject { ["uri"] = uri };
    }

    /// <summary>A client that supports pull diagnostics, hover, configuration requests and progress, with the project as its workspace.</summary>
    private static JsonObject InitializeParameters(string root)
    {
        string uri = new Uri(root).AbsoluteUri;
        return new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = uri,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = uri, ["name"] = "launcher" }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true },
                ["window"] = new JsonObject { ["workDoneProgress"] = true },
                ["textDocument"] = new JsonObject
                {
                    ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = true },
                    ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") },
                },
            },
        };
    }
}
