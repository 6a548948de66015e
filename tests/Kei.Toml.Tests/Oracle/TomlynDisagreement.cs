using System;

namespace Kei.Toml.Tests.Oracle
{
    /// <summary>A known, explained difference between the two readers' values, with the TOML clause that decides it.</summary>
    public sealed class TomlynDisagreement
    {
        public TomlynDisagreement(string name, string clause, Func<object?, object?, bool> explains)
        {
            Name = name;
            Clause = clause;
            Explains = explains;
        }

        public string Name { get; }

        /// <summary>The TOML 1.1.0 text that says which value is right.</summary>
        public string Clause { get; }

        /// <summary>True when this entry explains the difference between Kei.Toml's value and Tomlyn's.</summary>
        public Func<object?, object?, bool> Explains { get; }
    }
}
