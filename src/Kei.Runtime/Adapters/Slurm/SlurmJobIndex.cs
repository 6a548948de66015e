using System.IO;
using System.Text.Json.Nodes;

namespace Kei.Runtime;

/// <summary>
/// Which run folder a Slurm job id belongs to, kept in the shared root (<c>.kei-jobs/&lt;id&gt;.json</c>) so that any
/// process on any node can find a job's envelope and log by the id alone: the launcher that submitted it, a
/// re-attached one, or <c>kei jobs</c>.
/// </summary>
internal sealed class SlurmJobIndex
{
    private readonly string folder;

    public SlurmJobIndex(string sharedRoot) => folder = Path.Combine(sharedRoot, ".kei-jobs");

    public void Add(string jobId, string runId, JobLayout layout)
    {
        Directory.CreateDirectory(folder);
        AtomicFile.WriteAllText(PathOf(jobId), CanonicalJson.Serialize(new JsonObject
        {
            ["attempt_folder"] = layout.AttemptFolder, ["run_id"] = runId,
        }));
    }

    /// <summary>The run id and layout of a job, or null when the id was never submitted under this shared root.</summary>
    public (string RunId, JobLayout Layout)? Find(string jobId)
    {
        var path = PathOf(jobId);
        if (!File.Exists(path) || JsonNode.Parse(File.ReadAllText(path)) is not JsonObject entry)
        {
            return null;
        }

        return ((string)entry["run_id"]!, JobLayout.At((string)entry["attempt_folder"]!));
    }

    private string PathOf(string jobId) => Path.Combine(folder, SafeFileName.Of(jobId) + ".json");
}
