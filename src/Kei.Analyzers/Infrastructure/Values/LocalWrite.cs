using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>One write of a local found in its body, with the value it writes when that can be read.</summary>
    internal readonly struct LocalWrite
    {
        private LocalWrite(LocalWriteKind kind, IOperation? value)
        {
            Kind = kind;
            Value = value;
        }

        public LocalWriteKind Kind { get; }

        public IOperation? Value { get; }

        public static LocalWrite Classify(IOperation operation, ILocalSymbol local)
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when Same(declarator.Symbol, local):
                    return declarator.Initializer is null ? default : Defines(declarator.Initializer.Value);
                case ILocalReferenceOperation reference when Same(reference.Local, local):
                    return OfReference(reference);
                case IDeclarationPatternOperation pattern when Same(pattern.DeclaredSymbol, local):
                    return Defines(PatternSubject(pattern));
                case IRecursivePatternOperation pattern when Same(pattern.DeclaredSymbol, local):
                    return Defines(PatternSubject(pattern));
                default:
                    return default;
            }
        }

        private static LocalWrite OfReference(ILocalReferenceOperation reference)
        {
            switch (reference.Parent)
            {
                case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                    return Defines(assignment.Value);
                case ICompoundAssignmentOperation compound when compound.Target == reference:
                    return compound.OperatorKind == BinaryOperatorKind.Add ? new LocalWrite(LocalWriteKind.Appends, compound.Value) : Opaque;
                case ICoalesceAssignmentOperation coalesce when coalesce.Target == reference:
                case IIncrementOrDecrementOperation:
                    return Opaque;
                case IArgumentOperation argument:
                    return argument.Parameter != null && argument.Parameter.RefKind is RefKind.Ref or RefKind.Out ? Opaque : default;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } }:
                    return Opaque;
                default:
                    return Deconstructed(reference);
            }
        }

        /// <summary>A local declared or assigned by <c>(a, b) = (x, y)</c> gets its element; any other declaration is opaque.</summary>
        private static LocalWrite Deconstructed(ILocalReferenceOperation reference)
        {
            if (!TupleElements.TryGetDeconstructedValue(reference, out IOperation? element))
            {
                return reference.IsDeclaration ? Opaque : default;
            }

            return element is null ? Opaque : Defines(element);
        }

        /// <summary>The value a pattern tests: <c>x</c> of <c>x is { } v</c>, a switch's or switch expression's value.</summary>
        private static IOperation? PatternSubject(IPatternOperation pattern)
        {
            switch (pattern.Parent)
            {
                case IIsPatternOperation test:
                    return test.Value;
                case IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation statement } }:
                    return statement.Value;
                case ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation expression }:
                    return expression.Value;
                default:
                    return null;
            }
        }

        private static LocalWrite Defines(IOperation? value) => value is null ? Opaque : new LocalWrite(LocalWriteKind.Defines, value);

        private static LocalWrite Opaque => new LocalWrite(LocalWriteKind.Opaque, null);

        private static bool Same(ISymbol? symbol, ILocalSymbol local) => SymbolEqualityComparer.Default.Equals(symbol, local);
    }
}
