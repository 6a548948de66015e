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
            string type = FullName(property.ContainingType);
            switch (type)
            {
                case "System.DateTime": return property.Name is "Now" or "UtcNow" or "Today";
                case "System.DateTimeOffset": return property.Name is "Now" or "UtcNow";
                case "System.Environment": return property.Name is "TickCount" or "TickCount64" or "ProcessId" or "MachineName" or "CurrentManagedThreadId";
                default: return IsAlwaysSource(property.ContainingType);
            }
        }

        private static bool IsSourceMethod(IMethodSymbol method)
        {
            switch (FullName(method.ContainingType))
            {
                case "System.Guid": return method.Name is "NewGuid" or "CreateVersion7";
                case "System.Diagnostics.Process": return method.Name == "GetCurrentProcess";
                case "System.Net.Dns": return method.Name is "GetHostName" or "GetHostEntry";
                case "System.TimeProvider": return method.Name is "GetUtcNow" or "GetLocalNow" or "GetTimestamp" or "GetElapsedTime";
                case "System.Security.Cryptography.RandomNumberGenerator": return true;
                default: return IsAlwaysSource(method.ContainingType);
            }
        }

        /// <summary>Types every member of which is run-dependent (a timer, a random generator).</summary>
        private static bool IsAlwaysSource(INamedTypeSymbol? type)
        {
            string name = FullName(type);
            return name == "System.Diagnostics.Stopwatch" || name == "System.Random";
        }

        private static string FullName(INamedTypeSymbol? type)
            => type is null ? string.Empty : type.ContainingNamespace?.ToDisplayString() + "." + type.Name;
    }
}
