using System.Collections.Generic;
using Kei.Agents;
using Kei.Runtime;

namespace TrainingLauncher;

/// <summary>
/// The launcher's numbers come from the modal-runner agent's generated policy class — the same values its document
/// prints and the analyzers enforce — never from literals of its own.
/// </summary>
public static class AgentPolicy
{
    public static CostPolicy Cost { get; } = new(
        (decimal)ModalRunner.Params.AutoBelowUsd, (decimal)ModalRunner.Params.WarnBelowUsd, (decimal)ModalRunner.Params.DailyCapUsd);

    public static PriceTable Prices { get; } = new(
        new Dictionary<string, decimal>
        {
            ["A10"] = (decimal)ModalRunner.Params.Gpu.A10.UsdPerHour,
            ["L40S"] = (decimal)ModalRunner.Params.Gpu.L40S.UsdPerHour,
            ["A100-80GB"] = (decimal)ModalRunner.Params.Gpu.A100_80GB.UsdPerHour,
            ["H100"] = (decimal)ModalRunner.Params.Gpu.H100.UsdPerHour,
            ["H200"] = (decimal)ModalRunner.Params.Gpu.H200.UsdPerHour,
            ["B200"] = (decimal)ModalRunner.Params.Gpu.B200.UsdPerHour,
        },
        new Dictionary<string, string> { ["A10G"] = "A10" });

    public static int CheckpointEverySteps => ModalRunner.Params.CheckpointEverySteps;

    public static int ProgressEverySteps => ModalRunner.Params.ProgressEverySteps;

    public static int MinRetries => ModalRunner.Params.MinRetries;
}
