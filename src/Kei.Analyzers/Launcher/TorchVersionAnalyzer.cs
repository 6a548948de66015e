using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI011: a GpuFunction whose constant GPU type needs a newer torch than its constant <c>TorchVersion</c> (or the
    /// <c>torch==X</c> / <c>pytorch:X</c> tag of its constant <c>Image</c>): an sm_100 GPU with CUDA 12.1 wheels fails
    /// at the first kernel, after the job has been queued and billed.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TorchVersionAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.TorchVersion);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                INamedTypeSymbol? gpuFunction = RuntimeTypes.TryLoad(start.Compilation)?.GpuFunction;
                if (gpuFunction != null)
                {
                    var policy = new LauncherPolicy(KeiPolicyProvider.GetPolicy(start.Options, start.CancellationToken));
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(c => Analyze(c, gpuFunction, policy)), OperationKind.ObjectCreation);
                }
            });
        }

        private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol gpuFunction, LauncherPolicy policy)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (!RuntimeTypes.Is(creation.Type, gpuFunction) || !GpuFunctionConstants.TryGetGpu(creation, out string gpu, out _))
            {
                return;
            }

            // The price-table lookup waits for a pinned version: most functions pin none.
            IOperation? pinned = PinnedVersion(creation, out string version);
            string? minimum = pinned is null ? null : policy.GetMinTorch(creation.Syntax.SyntaxTree, gpu);
            if (minimum != null && pinned != null && TorchVersions.Compare(version, minimum) < 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, pinned.Syntax.GetLocation(), gpu, minimum, version));
            }
        }

        /// <summary>The constant TorchVersion, else the torch tag of a constant Image; with the operation that states it.</summary>
        private static IOperation? PinnedVersion(IObjectCreationOperation creation, out string version)
        {
            IOperation? torch = InitializerAssignments.Value(creation.Initializer, "TorchVersion");
            if (torch != null && OperationValues.TryGetString(torch, out version) && TorchVersions.IsVersion(version))
            {
                return torch;
            }

            IOperation? image = InitializerAssignments.Value(creation.Initializer, "Image");
            version = string.Empty;
            return image != null && OperationValues.TryGetString(image, out string text) && TorchVersions.TryFindInImage(text, out version) ? image : null;
        }
    }
}
