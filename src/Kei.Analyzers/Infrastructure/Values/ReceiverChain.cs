using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>Builds the symbol chain of a <see cref="ReceiverPath"/>, root first, within one body.</summary>
    internal sealed class ReceiverChain
    {
        private const int MaxSteps = 16;
        private readonly IOperation body;
        private readonly Func<IOperation, IOperation?>? resolveCapture;

        public ReceiverChain(IOperation body, Func<IOperation, IOperation?>? resolveCapture)
        {
            this.body = body;
            this.resolveCapture = resolveCapture;
        }

        public bool TryBuild(IOperation receiver, ImmutableArray<ISymbol>.Builder chain)
        {
            ImmutableArray<ISymbol>.Builder reversed = ImmutableArray.CreateBuilder<ISymbol>();
            IOperation? current = receiver;
            for (int step = 0; current != null && step < MaxSteps; step++)
            {
                current = Resolve(current);
                switch (current)
                {
                    case IFieldReferenceOperation field:
                        reversed.Add(field.Field);
                        current = field.Field.IsStatic ? null : field.Instance;
                        break;
                    case IPropertyReferenceOperation property when property.Arguments.IsEmpty:
                        reversed.Add(property.Property);
                        current = property.Property.IsStatic ? null : property.Instance;
                        break;
                    default:
                        return Finish(current, reversed, chain);
                }
            }

            return current is null && reversed.Count > 0 && Reverse(reversed, chain);
        }

        /// <summary>The start of a chain: a local, a parameter, or <c>this</c> (an implicit <c>this</c> included).</summary>
        private static bool Finish(IOperation? start, ImmutableArray<ISymbol>.Builder reversed, ImmutableArray<ISymbol>.Builder chain)
        {
            ISymbol? root = start switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                IInstanceReferenceOperation instance => instance.Type,
                _ => null,
            };
            if (root is null)
            {
                return false;
            }

            reversed.Add(root);
            return Reverse(reversed, chain);
        }

        private static bool Reverse(ImmutableArray<ISymbol>.Builder reversed, ImmutableArray<ISymbol>.Builder chain)
        {
            for (int i = reversed.Count - 1; i >= 0; i--)
            {
                chain.Add(reversed[i]);
            }

            return true;
        }

        /// <summary>Through conversions, graph captures, and locals that alias another chain (one value, itself a chain).</summary>
        private IOperation Resolve(IOperation operation)
        {
            for (int hops = 0; hops < PossibleValues.MaxLocalHops; hops++)
            {
                operation = Operand.Unwrap(operation);
                IOperation? next = operation switch
                {
                    IFlowCaptureReferenceOperation => resolveCapture?.Invoke(operation),
                    ILocalReferenceOperation local => AliasedChain(local.Local),
                    _ => null,
                };
                if (next is null)
                {
                    return operation;
                }

                operation = next;
            }

            return Operand.Unwrap(operation);
        }

        private IOperation? AliasedChain(ILocalSymbol local)
        {
            LocalDefinition definition = LocalDefinition.Of(local, body);
            IOperation? value = definition.IsSingle ? Operand.Unwrap(definition.Value!) : null;
            return value is ILocalReferenceOperation or IParameterReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation or IInstanceReferenceOperation
                ? value
                : null;
        }
    }
}
