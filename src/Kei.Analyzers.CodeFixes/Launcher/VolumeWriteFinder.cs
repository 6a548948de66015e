using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Kei.Analyzers.CodeFixes.Launcher
{
    /// <summary>Finds, for the KEI002 fix, the writes to one volume and a cancellation token the commit can pass.</summary>
    internal sealed class VolumeWriteFinder
    {
        private readonly SemanticModel model;
        private readonly ISymbol volume;
        private readonly CancellationToken cancellationToken;

        public VolumeWriteFinder(SemanticModel model, ISymbol volume, CancellationToken cancellationToken)
        {
            this.model = model;
            this.volume = volume;
            this.cancellationToken = cancellationToken;
        }

        /// <summary>True when the statement holds a write (a [VolumeWrite] member) on the same volume.</summary>
        public bool WritesTo(StatementSyntax statement)
        {
            foreach (InvocationExpressionSyntax invocation in statement.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>())
            {
                if (invocation.Expression is MemberAccessExpressionSyntax access
                    && IsWrite(model.GetSymbolInfo(invocation, cancellationToken).Symbol as IMethodSymbol)
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(access.Expression, cancellationToken).Symbol, volume))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The token the write itself passes, else a CancellationToken parameter or local in scope, else null.</summary>
        public string? FindCancellationToken(InvocationExpressionSyntax write)
        {
            foreach (ArgumentSyntax argument in write.ArgumentList.Arguments)
            {
                if (IsCancellationToken(model.GetTypeInfo(argument.Expression, cancellationToken).Type) && argument.Expression is IdentifierNameSyntax)
                {
                    return argument.Expression.ToString();
                }
            }

            foreach (ISymbol symbol in model.LookupSymbols(write.SpanStart))
            {
                ITypeSymbol? type = (symbol as IParameterSymbol)?.Type ?? (symbol as ILocalSymbol)?.Type;
                if (IsCancellationToken(type))
                {
                    return symbol.Name;
                }
            }

            return null;
        }

        private static bool IsWrite(IMethodSymbol? method)
        {
            if (method is null)
            {
                return false;
            }

            foreach (AttributeData attribute in method.OriginalDefinition.GetAttributes())
            {
                if (attribute.AttributeClass?.Name == "VolumeWriteAttribute")
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsCancellationToken(ITypeSymbol? type)
            => type?.Name == "CancellationToken" && type.ContainingNamespace?.ToDisplayString() == "System.Threading";
    }
}
