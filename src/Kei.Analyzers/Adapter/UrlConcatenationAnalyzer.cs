using System.Collections.Immutable;
using Kei.Analyzers.Infrastructure;
using Kei.Analyzers.Infrastructure.Values;
using Kei.Analyzers.Launcher;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Adapter
{
    /// <summary>
    /// KEI022: a URL built by concatenation or interpolation passed to <c>new Uri(string)</c>, an <c>HttpClient</c>
    /// request method's <c>requestUri</c>, or <c>new HttpRequestMessage(method, string)</c>. A job id with a slash or a
    /// base URL without one silently hits another endpoint; <c>new Uri(baseUri, relative)</c> resolves by the rules.
    /// Arguments are found by parameter, in any order; how text is built is <see cref="TextBuilding"/>'s to say.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UrlConcatenationAnalyzer : DiagnosticAnalyzer
    {
        public static readonly DiagnosticDescriptor Rule = KeiDescriptors.Create(LauncherRuleIds.UrlConcatenation);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeFilter.Flags);
            context.RegisterCompilationStartAction(start =>
            {
                if (RuntimeTypes.TryLoad(start.Compilation) != null)
                {
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(AnalyzeCreation), OperationKind.ObjectCreation);
                    start.RegisterOperationAction(GeneratedCodeFilter.Skip(AnalyzeInvocation), OperationKind.Invocation);
                }
            });
        }

        private static void AnalyzeCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            INamedTypeSymbol? type = creation.Constructor?.ContainingType;
            if (Is(type, "System", "Uri") && CallArguments.Named(creation.Arguments, "uriString") is { } uriString && IsString(uriString.Parameter))
            {
                Check(context, uriString, "new Uri(string)");
            }
            else if (Is(type, "System.Net.Http", "HttpRequestMessage") && CallArguments.Named(creation.Arguments, "requestUri") is { } requestUri && IsString(requestUri.Parameter))
            {
                Check(context, requestUri, "new HttpRequestMessage(method, string)");
            }
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol method = invocation.TargetMethod;
            bool onClient = Is(method.ContainingType, "System.Net.Http", "HttpClient")
                || (method.IsExtensionMethod && method.Parameters.Length > 0 && Is(method.Parameters[0].Type as INamedTypeSymbol, "System.Net.Http", "HttpClient"));
            IArgumentOperation? requestUri = onClient ? CallArguments.Named(invocation.Arguments, "requestUri") : null;
            if (requestUri != null && IsString(requestUri.Parameter))
            {
                Check(context, requestUri, "HttpClient." + method.Name);
            }
        }

        private static void Check(OperationAnalysisContext context, IArgumentOperation argument, string target)
        {
            BuiltText? built = TextBuilding.Find(argument.Value);
            if (built != null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, built.Value.Site.Syntax.GetLocation(), built.Value.How, target));
            }
        }

        private static bool IsString(IParameterSymbol? parameter) => parameter?.Type.SpecialType == SpecialType.System_String;

        private static bool Is(INamedTypeSymbol? type, string space, string name)
            => SymbolNames.IsType(type, space, name);
    }
}
