namespace Kei.Cli.Commands
{
    /// <summary>
    /// The wording every command uses for a bad argument: the option, the form it expects (with an example), and what
    /// it got, so the fix can be typed straight from the message.
    /// </summary>
    internal static class ArgumentErrors
    {
        /// <summary><c>--gpu is required: TYPE:COUNT, e.g. --gpu H100:8</c></summary>
        public static string Missing(string option, string expected) => option + " is required: " + expected;

        /// <summary><c>--hours expects a number of hours greater than 0, e.g. --hours 3; got 'abc'</c></summary>
        public static string Invalid(string option, string expected, string got) => option + " expects " + expected + "; got '" + got + "'";
    }
}
