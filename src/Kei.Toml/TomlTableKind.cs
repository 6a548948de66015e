namespace Kei.Toml
{
    /// <summary>How a table came to be; TOML's redefinition rules depend on it.</summary>
    public enum TomlTableKind
    {
        /// <summary>The document's root table.</summary>
        Root,

        /// <summary>Defined by a <c>[header]</c>.</summary>
        Header,

        /// <summary>Created implicitly as the parent of a header, e.g. <c>a</c> in <c>[a.b]</c>.</summary>
        Implicit,

        /// <summary>Created by a dotted key, e.g. <c>a</c> in <c>a.b = 1</c>.</summary>
        Dotted,

        /// <summary>An element of an array of tables, <c>[[header]]</c>.</summary>
        ArrayElement,

        /// <summary>An inline table <c>{ ... }</c>; closed once written.</summary>
        Inline,
    }
}
