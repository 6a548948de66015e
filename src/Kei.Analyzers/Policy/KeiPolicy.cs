using System;
using System.Globalization;
using Kei.Agents;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Kei.Analyzers.Policy
{
    /// <summary>
    /// The parameters a compilation's analyzers follow. For a syntax tree, a value comes from the tree's
    /// <c>.editorconfig</c> key <c>kei_&lt;param&gt;</c>, else from the active agent's resolved params, else from the
    /// caller's default (the catalog's, RuleDefaults): folders can loosen or tighten a limit without editing the agent.
    /// </summary>
    public sealed class KeiPolicy
    {
        /// <summary>Prefix of the <c>.editorconfig</c> keys that override a parameter for the files they cover.</summary>
        public const string EditorConfigPrefix = "kei_";

        private readonly AnalyzerConfigOptionsProvider optionsProvider;

        internal KeiPolicy(AnalyzerConfigOptionsProvider optionsProvider, AgentDefinition? activeAgent)
        {
            this.optionsProvider = optionsProvider;
            ActiveAgent = activeAgent;
            AgentParams = activeAgent?.Params ?? PolicyParams.Empty;
        }

        /// <summary>The agent named by <c>KeiAgent</c>, when it exists and its files have no errors; otherwise null.</summary>
        public AgentDefinition? ActiveAgent { get; }

        /// <summary>The active agent's params (tables such as the GPU price table included); empty without an agent.</summary>
        public PolicyParams AgentParams { get; }

        /// <summary>An integer parameter; fractional values are truncated toward zero.</summary>
        public int GetInt(SyntaxTree tree, string param, int fallback) => GetInt(tree, param, fallback, int.MinValue);

        /// <summary>
        /// An integer parameter whose sources are skipped when their value is below <paramref name="minimum"/>, so a
        /// mistaken <c>.editorconfig</c> value (a limit of 0 lines) falls through to the agent, then to the default.
        /// </summary>
        public int GetInt(SyntaxTree tree, string param, int fallback, int minimum)
        {
            if (TryGetEditorConfigNumber(tree, param, out double value) && IsIntAtLeast(value, minimum))
            {
                return (int)Math.Truncate(value);
            }

            if (AgentParams.TryGetNumber(param, out value) && IsIntAtLeast(value, minimum))
            {
                return (int)Math.Truncate(value);
            }

            return fallback;
        }

        public double GetDouble(SyntaxTree tree, string param, double fallback)
            => TryGetDouble(tree, param, out double value) ? value : fallback;

        /// <summary>A numeric parameter from <c>.editorconfig</c> or the active agent; false when neither has a number.</summary>
        public bool TryGetDouble(SyntaxTree tree, string param, out double value)
            => TryGetEditorConfigNumber(tree, param, out value) || AgentParams.TryGetNumber(param, out value);

        /// <summary>The <c>kei_&lt;param&gt;</c> value of the tree when it is a finite number (invariant culture).</summary>
        public bool TryGetEditorConfigNumber(SyntaxTree tree, string param, out double value)
        {
            value = 0;
            return TryGetEditorConfigText(tree, param, out string? text)
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
                && !double.IsNaN(value) && !double.IsInfinity(value);
        }

        /// <summary>The raw <c>kei_&lt;param&gt;</c> text for the tree, trimmed; false when the key is absent or empty.</summary>
        public bool TryGetEditorConfigText(SyntaxTree tree, string param, out string? text)
        {
            if (optionsProvider.GetOptions(tree).TryGetValue(EditorConfigPrefix + param, out text) && text != null)
            {
                text = text.Trim();
                return text.Length > 0;
            }

            text = null;
            return false;
        }

        private static bool IsIntAtLeast(double value, int minimum)
            => value >= minimum && value >= int.MinValue && value < 2147483648d;
    }
}
