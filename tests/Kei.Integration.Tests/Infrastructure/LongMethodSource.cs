using System.Linq;

namespace Kei.Integration.Tests.Infrastructure;

/// <summary>A C# file whose one method, <c>Long.Count</c>, spans <c>statements + 5</c> lines: the KEI101 probe of the builds.</summary>
public static class LongMethodSource
{
    public static string Of(int statements, string @namespace = "App")
        => "namespace " + @namespace + ";\n\npublic static class Long\n{\n    public static int Count()\n    {\n        int x = 0;\n"
           + string.Concat(Enumerable.Repeat("        x++;\n", statements))
           + "        return x;\n    }\n}\n";
}
