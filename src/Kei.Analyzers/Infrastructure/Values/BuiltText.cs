using Microsoft.CodeAnalysis;

namespace Kei.Analyzers.Infrastructure.Values
{
    /// <summary>Text built at run time from pieces: how (for the message), and where it enters the judged expression.</summary>
    internal readonly struct BuiltText
    {
        public BuiltText(string how, IOperation site)
        {
            How = how;
            Site = site;
        }

        /// <summary>"string concatenation", "string interpolation", "'string.Join'", "a StringBuilder", ...</summary>
        public string How { get; }

        /// <summary>The built value, the arm of a <c>?:</c> holding it, or the local it came through.</summary>
        public IOperation Site { get; }
    }
}
