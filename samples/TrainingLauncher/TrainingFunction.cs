using System;
using System.Collections.Generic;
using Kei.Runtime;

namespace TrainingLauncher;

/// <summary>The GPU function the sample launches: this same program in <c>--worker</c> mode, under the agent's policy.</summary>
public static class TrainingFunction
{
    public static GpuFunction Create() => new()
    {
        Name = "tiny-regression",
        Image = "dotnet",
        Command = ["dotnet", typeof(TrainingFunction).Assembly.Location, "--worker"],
        Gpu = "A10:1",
        Timeout = TimeSpan.FromMinutes(2),
        Retries = new Retries(MaxRetries: AgentPolicy.MinRetries),
        CheckpointEverySteps = AgentPolicy.CheckpointEverySteps,
        ProgressEverySteps = AgentPolicy.ProgressEverySteps,
    };

    public static JobInputs Inputs(LauncherArguments arguments) => JobInputs.From(new Dictionary<string, object?>
    {
        ["steps"] = arguments.Steps,
        ["seed"] = 7,
        ["volume"] = arguments.VolumePath,
    });
}
