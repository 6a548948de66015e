using System;
using System.Globalization;

namespace Kei.Runtime;

/// <summary>A GPU type and count, written <c>"H100:8"</c> (a bare <c>"H100"</c> means one GPU).</summary>
/// <remarks><c>default</c> asks for no GPU: the estimate is then zero.</remarks>
public readonly record struct GpuRequest(string Type, int Count)
{
    /// <summary>Converts <c>"TYPE:N"</c> text, so <c>Gpu = "H100:8"</c> reads like the engines' own syntax.</summary>
    public static implicit operator GpuRequest(string text) => Parse(text);

    /// <summary>Parses <c>"TYPE"</c> or <c>"TYPE:N"</c> with N ≥ 1; anything else throws <see cref="FormatException"/>.</summary>
    public static GpuRequest Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var separator = text.IndexOf(':', StringComparison.Ordinal);
        var type = (separator < 0 ? text : text[..separator]).Trim();
        var countText = separator < 0 ? "1" : text[(separator + 1)..].Trim();
        if (type.Length == 0)
        {
            throw new FormatException($"GPU request '{text}' has no GPU type (expected TYPE:N, e.g. H100:8).");
        }

        if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            throw new FormatException($"GPU request '{text}' has no valid count (expected TYPE:N with N ≥ 1).");
        }

        return new GpuRequest(type, count);
    }

    /// <summary>The <c>TYPE:N</c> form, or <c>none</c> for the default request.</summary>
    public override string ToString() =>
        Type is null ? "none" : string.Create(CultureInfo.InvariantCulture, $"{Type}:{Count}");
}
