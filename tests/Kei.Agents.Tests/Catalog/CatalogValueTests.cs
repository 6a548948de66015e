using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Kei.Agents.Emit;
using Kei.Agents.Rules;

namespace Kei.Agents.Tests.Catalog;

/// <summary>
/// Every catalog parameter under many values (boundaries, seeded random values, values of other types): an accepted
/// value reaches the parameters, the document and the generated constant unchanged; a rejected one is one KEI207 error
/// at the value, in the block or the manifest that set it, and nothing is generated from the agent.
/// </summary>
public sealed class CatalogValueTests
{
    public static IEnumerable<object[]> Leaves() => CatalogSet.LeafNames.Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Leaves))]
    public void Accepted_values_reach_the_params_the_document_and_the_constant(string name)
    {
        var random = new Random(CatalogValues.Seed ^ name.GetHashCode(StringComparison.Ordinal));
        int index = 0;
        foreach (string toml in CatalogValues.Accepted(CatalogSet.Spec(name), random))
        {
            bool inManifest = index++ % 2 == 1;
            var catalog = new CatalogSet();
            foreach (KeyValuePair<string, string> companion in CatalogSet.Companions(name))
            {
                catalog.InBlock(companion.Key, companion.Value);
            }

            AgentSet set = (inManifest ? catalog.InManifest(name, toml) : catalog.InBlock(name, toml)).Load();
            Assert.True(set.Diagnostics.Count == 0, name + " = " + toml + ": " + string.Join(" | ", set.Diagnostics));
            AssertAgrees(set.Agents.Single(), name, toml);
        }
    }

    [Theory]
    [MemberData(nameof(Leaves))]
    public void Rejected_values_are_one_KEI207_error_at_the_value_and_generate_nothing(string name)
    {
        var random = new Random(CatalogValues.Seed ^ name.GetHashCode(StringComparison.Ordinal));
        int index = 0;
        foreach (string toml in CatalogValues.Rejected(CatalogSet.Spec(name), random))
        {
            bool inManifest = index++ % 2 == 1;
            AgentSet set = inManifest ? new CatalogSet().InManifest(name, toml).Load() : new CatalogSet().InBlock(name, toml).Load();
            (string path, int line) = inManifest ? ("manifests/a.toml", 8) : ("blocks/catalog.md", CatalogSet.BlockLine(name));
            AgentDiagnostic d = Assert.Single(set.Diagnostics);
            Assert.True(("KEI207", path, line, CatalogSet.ValueColumn(name), RuleSeverity.Error) == (d.Id, d.Path, d.Line, d.Column, d.Severity), name + " = " + toml + ": " + d);
            Assert.StartsWith("'" + name + "' must be " + CatalogSet.Spec(name).Expected + ", found ", d.Message);
            AgentDefinition agent = set.Agents.Single();
            Assert.True(agent.HasErrors && agent.Markdown.Length == 0, name + " = " + toml);
            Assert.DoesNotContain(AgentDocuments.Render(set), doc => doc.FileName == "a.md");
        }
    }

    [Theory]
    [InlineData("99999999999", "found 99999999999")]
    [InlineData("0", "found 0")]
    [InlineData("-5", "found -5")]
    [InlineData("30.5", "found 30.5")]
    [InlineData("\"thirty\"", "found \"thirty\"")]
    public void The_reported_max_function_lines_values_are_errors_that_say_what_was_found(string toml, string found)
    {
        AgentDiagnostic d = Assert.Single(new CatalogSet().InManifest("max_function_lines", toml).Load().Diagnostics);

        Assert.Equal("'max_function_lines' must be an integer from 1 to 10000, " + found, d.Message);
        Assert.Equal(("manifests/a.toml", 8, 22), (d.Path, d.Line, d.Column));
    }

    [Theory]
    [InlineData("gpu = 5", 7)]
    [InlineData("gpu.H100 = 3.95", 12)]
    public void The_gpu_table_and_its_rows_must_be_tables(string line, int column)
    {
        AgentSet set = new CatalogSet().InManifestText("[params]", line).Load();

        AgentDiagnostic d = Assert.Single(set.Diagnostics);
        Assert.Equal(("KEI207", 8, column), (d.Id, d.Line, d.Column));
        Assert.Contains("must be a table", d.Message);
    }

    [Fact]
    public void A_teams_own_parameters_keep_their_free_types()
    {
        AgentSet set = SetBuilder.WithObligatoryBlocks()
            .Block("budget", "+++\nparams = { max_attempts_per_fix = \"three\", ratio = -0.5, gpu_note = 99999999999 }\n+++\n{{max_attempts_per_fix}} {{ratio}} {{gpu_note}}\n")
            .Manifest("a", SetBuilder.Manifest("a", ", \"budget\"")).Load();

        Assert.Empty(set.Diagnostics);
        Assert.Contains("three -0.5 99999999999", set.Agents.Single().Markdown);
    }

    private static void AssertAgrees(AgentDefinition agent, string name, string toml)
    {
        ParamSpec spec = CatalogSet.Spec(name);
        Assert.True(agent.Params.TryGet(name, out ParamValue value), name);
        string printed = Regex.Match(agent.Markdown, "(?m)^" + Regex.Escape(name) + "=(.*)$").Groups[1].Value;
        string constant = ConstantText(agent, name);
        if (spec.Type is ParamType.Integer or ParamType.Money)
        {
            decimal expected = CatalogValues.Number(toml);
            Assert.True(value.TryGetNumber(out double number) && (decimal)number == expected, name + " = " + toml + " in params");
            Assert.True(CatalogValues.Number(printed) == expected, name + " = " + toml + " printed as " + printed);
            Assert.True(CatalogValues.Number(constant.TrimEnd('m')) == expected, name + " = " + toml + " generated as " + constant);
        }
        else
        {
            string expected = toml.Trim('"');
            Assert.Equal((expected, expected, "\"" + expected + "\""), (value.ToDisplayString(), printed, constant));
        }
    }

    /// <summary>The literal of the parameter's constant in the generated class, e.g. <c>30</c>, <c>5m</c>, <c>"2.1"</c>.</summary>
    private static string ConstantText(AgentDefinition agent, string name)
    {
        string text = PolicyEmitter.EmitAgent(agent, "Kei.Agents").Text;
        string member = string.Concat(name.Split('.')[^1].Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        string type = CatalogSet.Spec(name).Type switch { ParamType.Integer => "int", ParamType.Money => "decimal", _ => "string" };
        Match match = Regex.Match(text, "public const " + type + " " + member + " = ([^;]+);");
        Assert.True(match.Success, "no '" + type + " " + member + "' constant for " + name);
        return match.Groups[1].Value;
    }
}
