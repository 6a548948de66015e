using System.Collections.Generic;
using Model = Tomlyn.Model;

namespace Kei.Toml.Tests.Oracle
{
    /// <summary>
    /// The differences between Kei.Toml's and Tomlyn's values that are known and explained, each with the TOML 1.1.0
    /// clause that decides it; docs/toml-reader.md lists the same. Anything else the oracle finds fails the tests.
    /// </summary>
    public static class TomlynDisagreements
    {
        public static readonly IReadOnlyList<TomlynDisagreement> Listed = new[]
        {
            // [[a]] ... [[b]] (or [[b.x]]) ... [[a.c]]: Tomlyn's model replaces the array of tables 'a' (and its
            // elements) with a table holding only 'c', and a later [[a]] starts the array anew; tomllib and Kei.Toml
            // append 'c' to the latest element of 'a'. Tomlyn's 'a' is then a table, or an array with fewer elements.
            new TomlynDisagreement(
                "tomlyn-loses-array-of-tables-reopened-after-another",
                "Array of Tables: \"Any reference to an array of tables points to the most recently defined table element of the array.\"",
                (kei, tomlyn) => kei is TomlArray array && array.IsArrayOfTables
                    && (tomlyn is Model.TomlTable || (tomlyn is System.Collections.ICollection items && items.Count < array.Count))),

            // A CRLF inside a multi-line string: Kei.Toml reads it as LF (so a file reads the same whatever its line
            // endings), Tomlyn keeps CR LF. Both are allowed.
            new TomlynDisagreement(
                "multiline-string-crlf-read-as-lf",
                "String: \"TOML parsers should feel free to normalize newline to whatever makes sense for their platform.\" (multi-line basic strings; multi-line literal strings \"must normalize newlines in the same manner\")",
                (kei, tomlyn) => kei is TomlString text && tomlyn is string other && other.Contains("\r\n") && text.Value == other.Replace("\r\n", "\n")),
        };
    }
}
