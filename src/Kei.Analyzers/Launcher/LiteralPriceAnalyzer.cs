using System;
using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Infrastructure.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// KEI010: a numeric literal used as a GPU hourly price — an argument for a <c>*UsdPerHour</c> parameter (the
    /// CostEstimate's <c>UsdPerHour</c>), a value assigned (<c>=</c>, <c>??=</c>) to a member named <c>*UsdPerHour</c>, the
    /// initializer of such a field or property, or the default of such a parameter. Prices are never guessed: a
    /// remembered rate is how a bill came in at three times the estimate. The value is read through
    /// <see cref="PossibleValues"/>, so a literal fallback after <c>??</c> or a literal in a local is found too.
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
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(AnalyzeAssignment), OperationKind.SimpleAssignment, OperationKind.CoalesceAssignment);
                    start.RegisterOperationAction(
                        GeneratedCodeFilter.Skip(AnalyzeInitializer), OperationKind.FieldInitializer, OperationKind.PropertyInitializer, OperationKind.ParameterInitializer);
                }
            });
        }

        private static void AnalyzeArguments(OperationAnalysisContext context)
        {
            foreach (IArgumentOperation argument in CallArguments.Of(context.Operation))
            {
                if (argument.Parameter != null && IsPriceName(argument.Parameter.Name) && CallArguments.IsWritten(argument) && !argument.IsImplicit)
                {
                    ReportLiterals(context, argument.Value, argument.Parameter.Name);
                }
            }
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context)
        {
            var assignment = (IAssignmentOperation)context.Operation;
            ISymbol? target = assignment.Target switch
            {
                IPropertyReferenceOperation property => property.Property,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            };
            if (target != null && IsPriceName(target.Name))
            {
                ReportLiterals(context, assignment.Value, target.Name);
            }
        }

        private static void AnalyzeInitializer(OperationAnalysisContext context)
        {
            var initializer = (ISymbolInitializerOperation)context.Operation;
            ISymbol? member = initializer switch
            {
                IFieldInitializerOperation field when field.InitializedFields.Length == 1 => field.InitializedFields[0],
                IPropertyInitializerOperation property when property.InitializedProperties.Length == 1 => property.InitializedProperties[0],
                IParameterInitializerOperation parameter => parameter.Parameter,
                _ => null,
            };
            if (member != null && IsPriceName(member.Name))
            {
                ReportLiterals(context, initializer.Value, member.Name);
            }
        }

        private static bool IsPriceName(string name) => name.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);

        private static void ReportLiterals(OperationAnalysisContext context, IOperation value, string name)
        {
            foreach (ValueLeaf leaf in PossibleValues.Of(value))
            {
                string? price = Describe(leaf.Value);
                if (price != null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, leaf.Site.Syntax.GetLocation(), price, name));
                }
            }
        }

        /// <summary>
        /// The price as written: a numeric literal (signed or not), or <c>Name = value</c> for a constant declared under
        /// another name (a constant named <c>*UsdPerHour</c> is reported where it is declared, not at each use).
        /// </summary>
        private static string? Describe(IOperation value)
        {
            IOperation literal = value is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } sign ? Operand.Unwrap(sign.Operand) : value;
            if (!Constants.TryGetDouble(value, out double number))
            {
                return null;
            }

            ISymbol? constant = value switch
            {
                IFieldReferenceOperation field => field.Field,
                ILocalReferenceOperation local => local.Local,
                _ => null,
            };
            if (constant != null)
            {
                bool reportedAtDeclaration = constant is IFieldSymbol && IsPriceName(constant.Name);
                return reportedAtDeclaration ? null : constant.Name + " = " + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return literal is ILiteralOperation ? value.Syntax.ToString() : null;
        }
    }
}
