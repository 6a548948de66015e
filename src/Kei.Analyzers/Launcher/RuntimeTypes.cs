using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Launcher
{
    /// <summary>
    /// The Kei.Runtime types the launcher and adapter rules speak about, looked up once per compilation by metadata
    /// name, so a user's own <c>MapAsync</c> or <c>Volume</c> is never mistaken for the runtime's.
    /// </summary>
    internal sealed class RuntimeTypes
    {
        private const string Namespace = "Kei.Runtime.";

        private static readonly ConditionalWeakTable<Compilation, RuntimeTypes> ByCompilation = new ConditionalWeakTable<Compilation, RuntimeTypes>();

        private RuntimeTypes(Compilation compilation)
        {
            GpuFunction = Find(compilation, "GpuFunction");
            GpuRequest = Find(compilation, "GpuRequest");
            Retries = Find(compilation, "Retries");
            JobLauncher = Find(compilation, "JobLauncher");
            JobCall = Find(compilation, "JobCall");
            StopConfirmation = Find(compilation, "StopConfirmation");
            JobAdapter = Find(compilation, "IJobAdapter");
            Volume = Find(compilation, "Volume");
            VolumeWriteAttribute = Find(compilation, "VolumeWriteAttribute");
            Checkpoint = Find(compilation, "Checkpoint");
            CostEstimate = Find(compilation, "CostEstimate");
            Envelope = Find(compilation, "Envelope");
        }

        public INamedTypeSymbol? GpuFunction { get; }

        public INamedTypeSymbol? GpuRequest { get; }

        public INamedTypeSymbol? Retries { get; }

        public INamedTypeSymbol? JobLauncher { get; }

        public INamedTypeSymbol? JobCall { get; }

        public INamedTypeSymbol? StopConfirmation { get; }

        public INamedTypeSymbol? JobAdapter { get; }

        public INamedTypeSymbol? Volume { get; }

        public INamedTypeSymbol? VolumeWriteAttribute { get; }

        public INamedTypeSymbol? Checkpoint { get; }

        public INamedTypeSymbol? CostEstimate { get; }

        public INamedTypeSymbol? Envelope { get; }

        /// <summary>
        /// The runtime's types, or null when the compilation does not reference Kei.Runtime at all. Looked up once per
        /// compilation and shared by every rule, because each lookup walks the compilation's references.
        /// </summary>
        public static RuntimeTypes? TryLoad(Compilation compilation)
        {
            RuntimeTypes types = ByCompilation.GetValue(compilation, c => new RuntimeTypes(c));
            return types.GpuFunction is null && types.JobLauncher is null && types.Volume is null ? null : types;
        }

        /// <summary>True when <paramref name="type"/> is <paramref name="runtimeType"/> (null-safe, generic-agnostic).</summary>
        public static bool Is(ITypeSymbol? type, INamedTypeSymbol? runtimeType)
            => runtimeType != null && type != null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, runtimeType);

        /// <summary>True when <paramref name="type"/> is or implements the adapter interface.</summary>
        public bool IsAdapter(ITypeSymbol? type)
        {
            if (JobAdapter is null || type is null)
            {
                return false;
            }

            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented, JobAdapter))
                {
                    return true;
                }
            }

            return Is(type, JobAdapter);
        }

        private static INamedTypeSymbol? Find(Compilation compilation, string name)
            => compilation.GetTypeByMetadataName(Namespace + name);
    }
}
