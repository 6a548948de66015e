using System.Collections.Generic;
using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Infrastructure.Values;
using Kei.Analyzers.Policy;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI011: a GpuFunction whose constant GPU type needs a newer torch than its constant <c>TorchVersion</c> (or the
    /// <c>torch==X</c> / <c>pytorch:X</c> tag of its constant <c>Image</c>): an sm_100 GPU with CUDA 12.1 wheels fails
    /// at the first kernel, after the job has been queued and billed. A <c>with</c> copy is judged on what it changes,
    /// with the rest read from the function it copies; every known value of each member is judged.
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
                RuntimeTypes? types = RuntimeTypes.TryLoad(start.Compilation);
                if (types?.GpuFunction != null)
                {
                    var policy = new LauncherPolicy(KeiPolicyProvider.GetPolicy(start.Options, start.CancellationToken));
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(c => Analyze(c, types, policy)), OperationKind.ObjectCreation, OperationKind.With);
                }
            });
        }

        private static void Analyze(OperationAnalysisContext context, RuntimeTypes types, LauncherPolicy policy)
        {
            IOperation function = context.Operation;
            if (!RuntimeTypes.Is(function.Type, types.GpuFunction))
            {
                return;
            }

            // The price-table lookup waits for a pinned version: most functions pin none.
            List<PinnedTorch> pins = PinnedTorch.Of(function);
            List<GpuChoice> gpus = pins.Count == 0 ? new List<GpuChoice>() : GpuFunctionConstants.Gpus(function, types);
            foreach (PinnedTorch pin in pins)
            {
                (GpuChoice gpu, string minimum)? newest = NewestUnsupported(gpus, pin.Version, function.Syntax.SyntaxTree, policy);
                IOperation? at = newest is null ? null : OwnSite(function, pin.Site) ?? OwnSite(function, newest.Value.gpu.Site);
                if (newest != null && at != null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, at.Syntax.GetLocation(), newest.Value.gpu.Type, newest.Value.minimum, pin.Version));
                }
            }
        }

        /// <summary>The GPU whose minimum torch is the newest of those <paramref name="version"/> is older than.</summary>
        private static (GpuChoice, string)? NewestUnsupported(List<GpuChoice> gpus, string version, SyntaxTree tree, LauncherPolicy policy)
        {
            (GpuChoice, string)? newest = null;
            foreach (GpuChoice gpu in gpus)
            {
                string? minimum = policy.GetMinTorch(tree, gpu.Type);
                if (minimum != null && TorchVersions.Compare(version, minimum) < 0 && (newest is null || TorchVersions.Compare(minimum, newest.Value.Item2) > 0))
                {
                    newest = (gpu, minimum);
                }
            }

            return newest;
        }

        /// <summary>
        /// The site when it is written in this creation's or copy's own initializer; null when it comes from the copied
        /// function (that function is judged where it is created).
        /// </summary>
        private static IOperation? OwnSite(IOperation function, IOperation site)
            => MemberValues.Initializer(function) is { } initializer && initializer.Syntax.Span.Contains(site.Syntax.Span) ? site : null;
    }
}
