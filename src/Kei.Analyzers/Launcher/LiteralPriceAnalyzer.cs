using System;
using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI010: a numeric literal used as a GPU hourly price — an argument for a <c>*UsdPerHour</c> parameter (the
    /// CostEstimate's <c>UsdPerHour</c>), or a value assigned to a member named <c>*UsdPerHour</c>. Prices are never
    /// guessed: a remembered rate is how a bill came in at three times the estimate.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LiteralPriceAnalyzer : DiagnosticAnalyzer
    {
        private const string Suffix = "UsdPerHour";

        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.LiteralPrice);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                if (RuntimeTypes.TryLoad(start.Compilation) != null)
                {
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(AnalyzeArguments), OperationKind.ObjectCreation, OperationKind.Invocation);
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(AnalyzeAssignment), OperationKind.SimpleAssignment);
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(AnalyzeInitializer), OperationKind.FieldInitializer, OperationKind.PropertyInitializer);
                }
            });
        }

        private static void AnalyzeArguments(OperationAnalysisContext context)
        {
            ImmutableArray<IArgumentOperation> arguments = context.Operation switch
            {
                IObjectCreationOperation creation => creation.Arguments,
                IInvocationOperation invocation => invocation.Arguments,
                _ => ImmutableArray<IArgumentOperation>.Empty,
            };
            foreach (IArgumentOperation argument in arguments)
            {
                if (argument.Parameter != null && IsPriceName(argument.Parameter.Name) && !argument.IsImplicit)
                {
                    ReportIfLiteral(context, argument.Value, argument.Parameter.Name);
                }
            }
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (ISimpleAssignmentOperation)context.Operation;
            ISymbol? target = assignment.Target switch
            {
                IPropertyReferenceOperation property => property.Property,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            };
            if (target != null && IsPriceName(target.Name))
            {
                ReportIfLiteral(context, assignment.Value, target.Name);
            }
        }

        private static void AnalyzeInitializer(OperationAnalysisContext context)
        {
            var initializer = (ISymbolInitializerOperation)context.Operation;
            ISymbol? member = initializer switch
            {
                IFieldInitializerOperation field when field.InitializedFields.Length == 1 => field.InitializedFields[0],
                IPropertyInitializerOperation property when property.InitializedProperties.Length == 1 => property.InitializedProperties[0],
                _ => null,
            };
            if (member != null && IsPriceName(member.Name))
            {
                ReportIfLiteral(context, initializer.Value, member.Name);
            }
        }

        private static bool IsPriceName(string name) => name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);

        private static void ReportIfLiteral(OperationAnalysisContext context, IOperation value, string name)
        {
            IOperation unwrapped = OperationValues.Unwrap(value);
            if (unwrapped is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } sign)
            {
                unwrapped = OperationValues.Unwrap(sign.Operand);
            }

            if (unwrapped is ILiteralOperation && OperationValues.TryGetDouble(unwrapped, out _))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, value.Syntax.GetLocation(), value.Syntax.ToString(), name));
            }
        }
    }
}
