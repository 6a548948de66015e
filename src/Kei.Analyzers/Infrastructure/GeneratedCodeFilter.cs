using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Infrastructure
{
    /// <summary>
    /// How the KEI analyzers leave generated code alone. They tell the driver they analyze and report everywhere
    /// (<see cref="Flags"/>), and each action returns at once where the driver says the code is generated (a generated
    /// file by name, header or <c>generated_code</c> option, or a member under <c>[GeneratedCode]</c>). The default way,
    /// <see cref="GeneratedCodeAnalysisFlags.None"/>, has the driver decide for each reported diagnostic instead: the
    /// first report in a file walks every token of it looking for a <c>GeneratedCode</c> attribute, which the profile
    /// showed to be most of the rules' cost on a large code base (docs/performance.md).
    /// </summary>
    internal static class GeneratedCodeFilter
    {
        public const GeneratedCodeAnalysisFlags Flags = GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics;

        public static Action<OperationAnalysisContext> Skip(Action<OperationAnalysisContext> action)
            => context =>
            {
                if (!context.IsGeneratedCode)
                {
                    action(context);
                }
            };

        public static Action<SyntaxNodeAnalysisContext> Skip(Action<SyntaxNodeAnalysisContext> action)
            => context =>
            {
                if (!context.IsGeneratedCode)
                {
                    action(context);
                }
            };

        public static Action<SyntaxTreeAnalysisContext> Skip(Action<SyntaxTreeAnalysisContext> action)
            => context =>
            {
                if (!context.IsGeneratedCode)
                {
                    action(context);
                }
            };
    }
}
