using System.Collections.Generic;
using System.Linq;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// Computes the estimate of a launcher call (<c>Estimate</c>, <c>SpawnAsync</c>, <c>SpawnManyAsync</c>,
    /// <c>MapAsync</c>) when GPU type, count and timeout are compile-time constants: count × timeout hours × price,
    /// times the run count (<c>runs</c>, or the size of a constant-size input collection; one run when not constant).
    /// Where the function, its GPU or its timeout can take several known values (a <c>?:</c>, a switch), the most
    /// expensive combination is the estimate: it is a launch the code can make.
    /// </summary>
    internal static class LaunchCostCalculator
    {
        public static CostFigures? TryEstimate(IInvocationOperation invocation, RuntimeTypes types, LauncherPolicy policy)
        {
            IMethodSymbol method = invocation.TargetMethod;
            if (!IsLaunch(method.Name) || !RuntimeTypes.Is(method.ContainingType, types.JobLauncher) || types.GpuFunction is null)
            {
                return null;
            }

            IArgumentOperation? function = CallArguments.OfType(invocation.Arguments, types.GpuFunction);
            CostFigures? highest = null;
            foreach (IOperation candidate in function is null ? new List<IOperation>() : GpuFunctionConstants.Functions(function.Value, types.GpuFunction))
            {
                CostFigures? figures = Highest(candidate, invocation, types, policy);
                highest = figures != null && (highest is null || figures.TotalUsd > highest.TotalUsd) ? figures : highest;
            }

            return highest;
        }

        private static CostFigures? Highest(IOperation function, IInvocationOperation invocation, RuntimeTypes types, LauncherPolicy policy)
        {
            List<double> timeouts = GpuFunctionConstants.TimeoutHours(function);
            if (timeouts.Count == 0)
            {
                return null;
            }

            double hours = timeouts.Max() * Runs(invocation);
            CostFigures? highest = null;
            foreach (GpuChoice gpu in GpuFunctionConstants.Gpus(function, types))
            {
                if (policy.TryGetUsdPerHour(invocation.Syntax.SyntaxTree, gpu.Type, out decimal usdPerHour))
                {
                    var figures = new CostFigures(gpu.Count, hours, usdPerHour);
                    highest = highest is null || figures.TotalUsd > highest.TotalUsd ? figures : highest;
                }
            }

            return highest;
        }

        private static bool IsLaunch(string name)
            => name == "Estimate" || name == "SpawnAsync" || name == "SpawnManyAsync" || name == "MapAsync";

        /// <summary><c>runs</c> of Estimate, the constant input count of a fan-out, else one run (a lower bound).</summary>
        private static int Runs(IInvocationOperation invocation)
        {
            IArgumentOperation? runs = CallArguments.Named(invocation.Arguments, "runs");
            if (runs != null)
            {
                int largest = PossibleValues.Of(runs.Value).Select(l => Constants.TryGetInt(l.Value, out int n) ? n : 0).DefaultIfEmpty(0).Max();
                return largest > 0 ? largest : 1;
            }

            IArgumentOperation? inputs = CallArguments.Named(invocation.Arguments, "inputs");
            bool fanOut = invocation.TargetMethod.Name != "SpawnAsync";
            return fanOut && inputs != null && ConstantCollectionSize.TryGetCount(inputs.Value, out int size) && size > 0 ? size : 1;
        }
    }
}
