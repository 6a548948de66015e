using System.Globalization;
using System.Linq;
using Kei.Agents.Rules;

namespace Kei.Agents.Tests.Docs;

/// <summary>The table of the catalog's parameters in docs/rules/KEI207.md, rendered from <see cref="ParamCatalog"/>.</summary>
internal static class CatalogTable
{
    public const string Begin = "<!-- params:begin (generated from the parameter catalog; KEI_UPDATE_DOCS=1 dotnet test refreshes it) -->";
    public const string End = "<!-- params:end -->";

    public static string Render()
        => "| parameter | type | range | default | meaning |\n|---|---|---|---|---|\n"
           + string.Concat(ParamCatalog.All.Select(spec => "| `" + spec.Name.Replace("*", "<type>", System.StringComparison.Ordinal) + "` | "
                                                           + Type(spec.Type) + " | " + Range(spec) + " | " + (spec.Default?.ToDisplayString() ?? "—") + " | " + spec.Meaning + " |\n"));

    private static string Type(ParamType type) => type switch
    {
        ParamType.Integer => "integer",
        ParamType.Money => "USD (cents)",
        ParamType.Version => "version",
        ParamType.Date => "date",
        _ => "table",
    };

    private static string Range(ParamSpec spec) => spec.Type switch
    {
        ParamType.Integer or ParamType.Money => Number(spec.Minimum) + " to " + Number(spec.Maximum),
        ParamType.Version => "`2.1`: up to four numbers of up to four digits",
        ParamType.Date => "`yyyy-mm-dd`",
        _ => "—",
    };

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
