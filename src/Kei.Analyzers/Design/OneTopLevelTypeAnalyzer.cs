using System.Collections.Generic;
using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Design
{
    /// <summary>
    /// KEI102: a file declares more than one top-level type. Types are told apart by namespace, name and arity, so the
    /// partial parts of one type in a file are one type. Delegates and enums are types too; nested types are not
    /// top-level. Each extra type is reported once, at its first declaration's name; the message shows type parameters,
    /// so <c>AsyncPolicy&lt;TResult&gt;</c> and <c>AsyncPolicy</c> read as the two types they are.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class OneTopLevelTypeAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(KeiDescriptors.OneTopLevelType);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            context.RegisterSyntaxTreeAction(GeneratedCodeFilter.Skip(AnalyzeTree));
        }

        private static void AnalyzeTree(SyntaxTreeAnalysisContext context)
        {
            if (!(context.Tree.GetRoot(context.CancellationToken) is CompilationUnitSyntax root))
            {
                return;
            }

            var types = new List<TopLevelType>();
            TopLevelType.Collect(root.Members, string.Empty, types);
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (TopLevelType type in types)
            {
                if (seen.Add(type.Key) && seen.Count > 1 && !GeneratedCodeAttribute.IsWithin(type.Identifier.Parent))
                {
                    context.ReportDiagnostic(Diagnostic.Create(KeiDescriptors.OneTopLevelType, type.Identifier.GetLocation(), type.DisplayName, types[0].DisplayName));
                }
            }
        }
    }
}
