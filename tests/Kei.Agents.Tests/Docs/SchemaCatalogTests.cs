using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kei.Agents.Rules;
using Kei.Agents.Tests.Catalog;

namespace Kei.Agents.Tests.Docs;

/// <summary>The editor schemas (schemas/) declare each catalog parameter with the loader's type and range.</summary>
public sealed class SchemaCatalogTests
{
    private static readonly JsonElement Params = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "schemas", "manifest.schema.json")))
        .RootElement.GetProperty("definitions").GetProperty("params");

    private static JsonElement Property(string name)
    {
        string[] parts = name.Split('.');
        if (parts.Length == 1)
        {
            return Params.GetProperty("properties").GetProperty(name);
        }

        JsonElement row = Params.GetProperty("properties").GetProperty("gpu").GetProperty("additionalProperties");
        return parts.Length == 2 ? row : row.GetProperty("properties").GetProperty(parts[2]);
    }

    [Fact]
    public void Every_catalog_parameter_has_the_same_type_and_range_in_the_schema()
    {
        foreach (ParamSpec spec in ParamCatalog.All.Where(s => s.Name != "gpu"))
        {
            JsonElement schema = Property(spec.Name);
            string type = schema.GetProperty("type").GetString()!;
            switch (spec.Type)
            {
                case ParamType.Integer or ParamType.Money:
                    Assert.Equal((spec.Type == ParamType.Integer ? "integer" : "number", spec.Minimum, spec.Maximum), (type, schema.GetProperty("minimum").GetInt64(), schema.GetProperty("maximum").GetInt64()));
                    Assert.Equal(spec.Type == ParamType.Money, schema.TryGetProperty("multipleOf", out JsonElement step) && step.GetDecimal() == 0.01m);
                    break;
                case ParamType.Table:
                    Assert.Equal("object", type);
                    break;
                default:
                    Assert.Equal("string", type);
                    Assert.True(schema.TryGetProperty("pattern", out _), spec.Name + " has no pattern");
                    break;
            }
        }

        Assert.Equal("object", Params.GetProperty("properties").GetProperty("gpu").GetProperty("type").GetString());
    }

    [Fact]
    public void The_schemas_version_pattern_accepts_exactly_the_versions_the_loader_accepts()
    {
        var pattern = new Regex(Property("gpu.*.min_torch").GetProperty("pattern").GetString()!);
        ParamSpec spec = CatalogSet.Spec("gpu.*.min_torch");
        var random = new Random(CatalogValues.Seed);
        foreach (string toml in CatalogValues.Accepted(spec, random).Concat(CatalogValues.Rejected(spec, random)).Where(t => t.StartsWith('"')))
        {
            string text = toml.Trim('"');
            Assert.True(spec.Accepts(ParamValue.String(text)) == pattern.IsMatch(text), text);
        }
    }

    [Fact]
    public void Block_front_matter_params_use_the_same_definition()
    {
        JsonElement block = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "schemas", "block.schema.json"))).RootElement;

        Assert.Equal("manifest.schema.json#/definitions/params", block.GetProperty("properties").GetProperty("params").GetProperty("$ref").GetString());
    }
}
