using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Kei.Analyzers.Launcher
{
    /// <summary>Where the launcher rules put their squiggles: on the member name, so a rename fix edits exactly it.</summary>
    internal static class SyntaxLocations
    {
        /// <summary>The called or referenced member's name (<c>MapAsync</c> in <c>launcher.MapAsync(...)</c>).</summary>
        public static Location MemberName(SyntaxNode node)
        {
            SyntaxNode target = node is InvocationExpressionSyntax invocation ? invocation.Expression : node;
            switch (target)
            {
                case MemberAccessExpressionSyntax access: return access.Name.GetLocation();
                case MemberBindingExpressionSyntax binding: return binding.Name.GetLocation();
                default: return target.GetLocation();
            }
        }

        /// <summary>The whole call, <c>v?.WriteAsync(...)</c> rather than its <c>.WriteAsync(...)</c> part.</summary>
        public static Location WholeCall(SyntaxNode call)
            => call.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == call ? access.GetLocation() : call.GetLocation();

        /// <summary><c>new GpuFunction</c> of an object creation (not its whole, many-line initializer).</summary>
        public static Location CreationHead(SyntaxNode creation)
        {
            switch (creation)
            {
                case ObjectCreationExpressionSyntax explicitType:
                    return Location.Create(creation.SyntaxTree, TextSpan.FromBounds(explicitType.NewKeyword.SpanStart, explicitType.Type.Span.End));
                case ImplicitObjectCreationExpressionSyntax implicitType:
                    return implicitType.NewKeyword.GetLocation();
                default:
                    return creation.GetLocation();
            }
        }
    }
}
