namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>How one operation affects a local (see <see cref="LocalWrite"/>).</summary>
    internal enum LocalWriteKind
    {
        /// <summary>The operation does not write the local (a read, or another local).</summary>
        None,

        /// <summary>Gives the local a value: an initializer, an assignment, a deconstruction, a pattern.</summary>
        Defines,

        /// <summary><c>local += value</c>.</summary>
        Appends,

        /// <summary>Writes it in a way whose value cannot be read: increments, <c>ref</c>/<c>out</c>, <c>??=</c>, loop variables.</summary>
        Opaque,
    }
}
