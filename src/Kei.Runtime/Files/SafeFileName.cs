namespace Kei.Runtime;

/// <summary>A name made safe as one path segment on every file system: letters, digits, <c>-</c>, <c>_</c> and <c>.</c> only.</summary>
internal static class SafeFileName
{
    public static string Of(string name)
    {
        var characters = name.ToCharArray();
        for (var index = 0; index < characters.Length; index++)
        {
            if (!char.IsAsciiLetterOrDigit(characters[index]) && characters[index] is not ('-' or '_' or '.'))
            {
                characters[index] = '_';
            }
        }

        return characters.Length == 0 || characters[0] == '.' ? "_" + new string(characters) : new string(characters);
    }
}
