using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kei.Toml;

namespace Kei.Integration.Tests.Schema;

/// <summary>
/// Validates a TOML document against the subset of JSON Schema draft-07 that schemas/ uses (type, required,
/// properties, additionalProperties, items, pattern, minItems, local and cross-file $ref). No schema library is
/// served here, and the subset is small enough to check exactly.
/// </summary>
public sealed class TomlSchemaValidator
{
    private readonly string schemaFolder;
    private readonly Dictionary<string, JsonElement> documents = new();

    public TomlSchemaValidator(string schemaFolder) => this.schemaFolder = schemaFolder;

    public IReadOnlyList<string> Validate(TomlValue value, string schemaFile)
    {
        var errors = new List<string>();
        Check(value, Load(schemaFile), schemaFile, "$", errors);
        return errors;
    }

    private JsonElement Load(string file)
    {
        if (!documents.TryGetValue(file, out JsonElement root))
        {
            root = JsonDocument.Parse(File.ReadAllText(Path.Combine(schemaFolder, file))).RootElement;
            documents[file] = root;
        }

        return root;
    }

    private void Check(TomlValue value, JsonElement schema, string file, string at, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out JsonElement reference))
        {
            (JsonElement target, string targetFile) = Resolve(reference.GetString()!, file);
            Check(value, target, targetFile, at, errors);
            return;
        }

        if (schema.TryGetProperty("type", out JsonElement type) && !TypeMatches(value, type))
        {
            errors.Add($"{at}: expected {type}, found {value.TypeName}");
            return;
        }

        CheckString(value, schema, at, errors);
        CheckArray(value, schema, file, at, errors);
        CheckTable(value, schema, file, at, errors);
    }

    private (JsonElement Schema, string File) Resolve(string reference, string file)
    {
        int hash = reference.IndexOf('#');
        string targetFile = hash > 0 ? reference[..hash] : file;
        JsonElement node = Load(targetFile);
        foreach (string part in reference[(hash + 1)..].Split('/', System.StringSplitOptions.RemoveEmptyEntries))
        {
            node = node.GetProperty(part);
        }

        return (node, targetFile);
    }

    private static bool TypeMatches(TomlValue value, JsonElement type)
    {
        if (type.ValueKind == JsonValueKind.Array)
        {
            return type.EnumerateArray().Any(t => TypeMatches(value, t));
        }

        return type.GetString() switch
        {
            "object" => value is TomlTable,
            "array" => value is TomlArray,
            "string" => value is TomlString || value is TomlDateTime,
            "integer" => value is TomlInteger,
            "number" => value is TomlInteger || value is TomlFloat,
            "boolean" => value is TomlBoolean,
            _ => false,
        };
    }

    private static void CheckString(TomlValue value, JsonElement schema, string at, List<string> errors)
    {
        if (value is TomlString text && schema.TryGetProperty("pattern", out JsonElement pattern)
            && !Regex.IsMatch(text.Value, pattern.GetString()!))
        {
            errors.Add($"{at}: '{text.Value}' does not match {pattern.GetString()}");
        }
    }

    private void CheckArray(TomlValue value, JsonElement schema, string file, string at, List<string> errors)
    {
        if (value is not TomlArray array)
        {
            return;
        }

        if (schema.TryGetProperty("minItems", out JsonElement min) && array.Count < min.GetInt32())
        {
            errors.Add($"{at}: expected at least {min.GetInt32()} items, found {array.Count}");
        }

        if (schema.TryGetProperty("items", out JsonElement items))
        {
            for (int i = 0; i < array.Count; i++)
            {
                Check(array[i], items, file, $"{at}[{i}]", errors);
            }
        }
    }

    private void CheckTable(TomlValue value, JsonElement schema, string file, string at, List<string> errors)
    {
        if (value is not TomlTable table)
        {
            return;
        }

        if (schema.TryGetProperty("required", out JsonElement required))
        {
            foreach (JsonElement name in required.EnumerateArray().Where(n => !table.ContainsKey(n.GetString()!)))
            {
                errors.Add($"{at}: missing required key '{name.GetString()}'");
            }
        }

        JsonElement properties = schema.TryGetProperty("properties", out JsonElement p) ? p : default;
        foreach (TomlEntry entry in table.Entries)
        {
            CheckMember(entry, schema, properties, file, $"{at}.{entry.Key}", errors);
        }
    }

    private void CheckMember(TomlEntry entry, JsonElement schema, JsonElement properties, string file, string at, List<string> errors)
    {
        if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(entry.Key, out JsonElement member))
        {
            Check(entry.Value, member, file, at, errors);
        }
        else if (schema.TryGetProperty("additionalProperties", out JsonElement extra))
        {
            if (extra.ValueKind == JsonValueKind.False)
            {
                errors.Add($"{at}: unknown key (line {entry.KeyPosition.Line})");
            }
            else if (extra.ValueKind == JsonValueKind.Object)
            {
                Check(entry.Value, extra, file, at, errors);
            }
        }
    }
}
