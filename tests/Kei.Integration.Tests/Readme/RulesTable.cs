using System;
using System.Linq;
using System.Text;
using Kei.Agents.Rules;

namespace Kei.Integration.Tests.Readme;

/// <summary>Renders the README's rules table from the one rule catalog.</summary>
public static class RulesTable
{
    public const string Begin = "<!-- rules:begin (generated from the rule catalog; KEI_UPDATE_README=1 dotnet test refreshes it) -->";
    public const string End = "<!-- rules:end -->";

    public static string Render()
    {
        var sb = new StringBuilder();
        sb.Append("| id | default | rule | parameters | fix |\n|---|---|---|---|---|\n");
        foreach (RuleInfo rule in RuleCatalog.All)
        {
            string parameters = rule.Parameters.Count == 0 ? "—" : string.Join(", ", rule.Parameters.Select(p => "`" + p + "`"));
            sb.Append($"| [{rule.Id}]({rule.HelpPath}) | {rule.DefaultSeverity.ToString().ToLowerInvariant()} | {rule.Title} | {parameters} | {(rule.HasCodeFix ? "yes" : "—")} |\n");
        }

        return sb.ToString();
    }

    /// <summary>Replaces the text between the markers; throws when the markers are missing.</summary>
    public static string Splice(string readme, string table)
    {
        int begin = readme.IndexOf(Begin, StringComparison.Ordinal);
        int end = readme.IndexOf(End, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            throw new InvalidOperationException("README.md lacks the rules table markers");
        }

        int from = begin + Begin.Length;
        return readme[..from] + "\n" + table + readme[end..];
    }
}
