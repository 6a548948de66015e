using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// Computes the estimate of a launcher call (<c>Estimate</c>, <c>SpawnAsync</c>, <c>SpawnManyAsync</c>,
    /// <c>MapAsync</c>) when GPU type, count and timeout are compile-time constants: count × timeout hours × price,
    /// times the run count (<c>runs</c>, or the size of a constant-size input collection; one run when not constant).
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

            IArgumentOperation? function = FunctionArgument(invocation, types.GpuFunction);
            IObjectCreationOperation? creation = function is null ? null : GpuFunctionConstants.FindCreation(function.Value, types.GpuFunction);
            if (creation is null
                || !GpuFunctionConstants.TryGetGpu(creation, out string gpuType, out int gpus)
                || !GpuFunctionConstants.TryGetTimeoutHours(creation, out double hours)
                || !policy.TryGetUsdPerHour(invocation.Syntax.SyntaxTree, gpuType, out decimal usdPerHour))
            {
                return null;
            }

            return new CostFigures(gpus, hours * Runs(invocation), usdPerHour);
        }

        private static bool IsLaunch(string name)
            => name == "Estimate" || name == "SpawnAsync" || name == "SpawnManyAsync" || name == "MapAsync";

        private static IArgumentOperation? FunctionArgument(IInvocationOperation invocation, INamedTypeSymbol gpuFunction)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (RuntimeTypes.Is(argument.Parameter?.Type, gpuFunction))
                {
                    return argument;
                }
            }

            return null;
        }

        /// <summary><c>runs</c> of Estimate, the constant input count of a fan-out, else one run (a lower bound).</summary>
        private static int Runs(IInvocationOperation invocation)
        {
            IArgumentOperation? runs = OperationValues.Argument(invocation, "runs");
            if (runs != null)
            {
                return OperationValues.TryGetInt(runs.Value, out int count) && count > 0 ? count : 1;
            }

            IArgumentOperation? inputs = OperationValues.Argument(invocation, "inputs");
            bool fanOut = invocation.TargetMethod.Name != "SpawnAsync";
            return fanOut && inputs != null && ConstantCollectionSize.TryGetCount(inputs.Value, out int size) && size > 0 ? size : 1;
        }
    }
}
