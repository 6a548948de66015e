using System.ComponentModel;
using System.Diagnostics;

namespace Kei.Runtime;

/// <summary>Starts a helper program of an adapter; one that cannot start is a <see cref="KeiRuntimeException"/> with the adapter's code.</summary>
internal static class ProcessStarter
{
    /// <param name="startInfo">what to start</param>
    /// <param name="code">the code when it cannot start (e.g. <c>ERR_ENDPOINT_MISSING</c> for a missing Slurm client)</param>
    /// <param name="what">names the program in the message, e.g. <c>Slurm client command 'sbatch'</c></param>
    public static Process Start(ProcessStartInfo startInfo, string code, string what)
    {
        try
        {
            return Process.Start(startInfo) ?? throw new KeiRuntimeException(code, $"{what} did not start.");
        }
        catch (Win32Exception missing)
        {
            throw new KeiRuntimeException(code, $"{what} cannot be started: {missing.Message}", inner: missing);
        }
    }
}
