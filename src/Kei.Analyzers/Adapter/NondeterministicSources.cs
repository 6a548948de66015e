using Kei.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Kei.Analyzers.Adapter
{
    /// <summary>
    /// Values that differ between two runs of the same job: clocks, timers, random numbers, GUIDs, process ids and
    /// host names. Recognised by symbol (type and member), so a user's own <c>Now</c> is not one.
    /// </summary>
    internal static class NondeterministicSources
    {
        /// <summary>The source's display name (<c>DateTime.UtcNow</c>), or null when the operation is not one.</summary>
        public static string? Describe(IOperation operation)
        {
            switch (operation)
            {
                case IPropertyReferenceOperation property when IsSourceProperty(property.Property):
                    return property.Property.ContainingType.Name + "." + property.Property.Name;
                case IInvocationOperation invocation when IsSourceMethod(invocation.TargetMethod):
                    return invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name + "()";
                case IObjectCreationOperation creation when IsAlwaysSource(creation.Type as INamedTypeSymbol):
                    return "new " + creation.Type!.Name + "()";
                default:
                    return null;
            }
        }

        private static bool IsSourceProperty(IPropertySymbol property)
        {
            INamedTypeSymbol type = property.ContainingType;
            switch (type.Name)
            {
                case "DateTime" when InSystem(type): return property.Name is "Now" or "UtcNow" or "Today";
                case "DateTimeOffset" when InSystem(type): return property.Name is "Now" or "UtcNow";
                case "Environment" when InSystem(type): return property.Name is "TickCount" or "TickCount64" or "ProcessId" or "MachineName" or "CurrentManagedThreadId";
                default: return IsAlwaysSource(type);
            }
        }

        private static bool IsSourceMethod(IMethodSymbol method)
        {
            INamedTypeSymbol type = method.ContainingType;
            switch (type.Name)
            {
                case "Guid" when InSystem(type): return method.Name is "NewGuid" or "CreateVersion7";
                case "Process" when SymbolNames.IsNamespace(type.ContainingNamespace, "System.Diagnostics"): return method.Name == "GetCurrentProcess";
                case "Dns" when SymbolNames.IsNamespace(type.ContainingNamespace, "System.Net"): return method.Name is "GetHostName" or "GetHostEntry";
                case "TimeProvider" when InSystem(type): return method.Name is "GetUtcNow" or "GetLocalNow" or "GetTimestamp" or "GetElapsedTime";
                case "RandomNumberGenerator": return SymbolNames.IsNamespace(type.ContainingNamespace, "System.Security.Cryptography");
                default: return IsAlwaysSource(type);
            }
        }

        /// <summary>Types every member of which is run-dependent (a timer, a random generator).</summary>
        private static bool IsAlwaysSource(INamedTypeSymbol? type)
            => SymbolNames.IsType(type, "System.Diagnostics", "Stopwatch") || SymbolNames.IsType(type, "System", "Random");

        private static bool InSystem(INamedTypeSymbol type) => SymbolNames.IsNamespace(type.ContainingNamespace, "System");
    }
}
