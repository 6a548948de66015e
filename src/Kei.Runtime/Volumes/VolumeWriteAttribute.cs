using System;

namespace Kei.Runtime;

/// <summary>
/// Marks a member that stages a write to a <see cref="Volume"/>. Staged writes are invisible until
/// <see cref="Volume.CommitAsync"/>; KEI002 reports a marked call with a path to the method's exit and no commit.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = true, AllowMultiple = false)]
public sealed class VolumeWriteAttribute : Attribute
{
}
