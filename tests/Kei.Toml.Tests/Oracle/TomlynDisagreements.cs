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
            // [[a]] ... [[b]] ... [[a.c]]: Tomlyn's model replaces the array of tables 'a' (and its elements) with a
            // table holding only 'c'; tomllib and Kei.Toml append 'c' to the latest element of 'a'.
            new TomlynDisagreement(
                "tomlyn-loses-array-of-tables-reopened-after-another",
                "Array of Tables: \"Any reference to an array of tables points to the most recently defined table element of the array.\"",
                (kei, tomlyn) => kei is TomlArray array && array.IsArrayOfTables && tomlyn is Model.TomlTable),
        };
    }
}
