using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Kei.Runtime;

namespace TrainingLauncher;

/// <summary>
/// The job side: reads its inputs through <see cref="JobContext"/>, resumes from the volume's last committed checkpoint
/// (<c>KEI_RESUME_STEP</c>), trains, reports progress as NDJSON on stderr, commits a checkpoint every
/// <c>KEI_CHECKPOINT_EVERY</c> steps (and says so with a <c>checkpoint</c> event), writes the model under the write
/// prefix, and leaves its envelope.
/// </summary>
public static class TrainingWorker
{
    public static async Task<int> RunAsync()
    {
        JobContext job = JobContext.FromEnvironment();
        JsonObject inputs = job.ReadInputs();
        long total = inputs["steps"]!.GetValue<long>();
        int seed = inputs["seed"]!.GetValue<int>();
        var volume = new Volume(inputs["volume"]!.GetValue<string>());
        (RegressionModel model, long start) = await ResumeAsync(job, volume);
        double loss = 0;
        for (long step = start + 1; step <= total; step++)
        {
            loss = model.Train(seed, step);
            await Task.Delay(2); // a real job takes time per step; this keeps the progress bar watchable
            if (job.IsProgressStep(step) || step == total)
            {
                job.ReportProgress(step, total);
            }

            if (job.IsCheckpointStep(step))
            {
                await volume.SaveCheckpointAsync(new Checkpoint(step, model.ToState(), new Dictionary<string, double> { ["loss"] = loss }));
                await volume.CommitAsync();
                job.ReportEvent("checkpoint", new JsonObject { ["step"] = step }); // after the commit: the step is durable
            }
        }

        await FinishAsync(job, model, total, start, loss);
        return 0;
    }

    private static async Task<(RegressionModel Model, long Start)> ResumeAsync(JobContext job, Volume volume)
    {
        Checkpoint? checkpoint = job.ResumeStep is null ? null : await volume.LoadLatestCheckpointAsync();
        if (checkpoint is null)
        {
            return (new RegressionModel(0, 0), 0);
        }

        job.ReportEvent("resumed", new JsonObject { ["step"] = checkpoint.Step });
        return (RegressionModel.FromState(checkpoint.State.Span), checkpoint.Step);
    }

    private static async Task FinishAsync(JobContext job, RegressionModel model, long total, long start, double loss)
    {
        string weight = model.Weight.ToString("F4", CultureInfo.InvariantCulture);
        string bias = model.Bias.ToString("F4", CultureInfo.InvariantCulture);
        string json = $"{{\"weight\":{weight},\"bias\":{bias}}}\n";
        await job.WriteOutputAsync("model.json", Encoding.UTF8.GetBytes(json));
        var meta = new Dictionary<string, object>
        {
            ["steps"] = total,
            ["resumed_from"] = start,
            ["weight"] = weight,
            ["bias"] = bias,
            ["final_loss"] = loss.ToString("F6", CultureInfo.InvariantCulture),
        };
        await job.WriteSuccessAsync("model.json", meta);
    }
}
