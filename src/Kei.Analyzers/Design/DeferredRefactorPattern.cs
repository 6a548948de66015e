using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Kei.Analyzers.Design
{
    /// <summary>
    /// What KEI103 treats as a deferred refactoring, one comment line at a time (case-insensitive):
    /// <list type="number">
    /// <item>a marker word <c>TODO</c>, <c>FIXME</c>, <c>HACK</c> or <c>XXX</c> followed later on the line by a
    /// refactoring phrase: <c>refactor…</c>, <c>clean up</c>/<c>cleanup</c>/<c>clean-up</c>, <c>tidy</c>,
    /// <c>simplify</c>, <c>restructure…</c>, <c>split this|it|up|into|out</c>, <c>break (this|it) up</c>,
    /// <c>rewrite this|it</c>, or <c>too long|big|large</c>;</item>
    /// <item>a line that starts with such a phrase and then says when: <c>later</c>, <c>someday</c>, <c>eventually</c>,
    /// <c>afterwards</c> or <c>next time</c> ("Refactor this later").</item>
    /// </list>
    /// A marker alone ("TODO: add tests later") is work left to do, not a deferred split, and is not reported.
    /// </summary>
    internal static class DeferredRefactorPattern
    {
        private const int ExcerptLength = 80;

        private const string RefactorPhrase =
            @"(?:refactor\w*|clean[\s-]?up|tidy\w*|simplif\w*|restructur\w*|split\s+(?:this|it|up|into|out)\b|break\s+(?:this\s+|it\s+)?up|rewrite\s+(?:this|it)\b|too\s+(?:long|big|large))";

        private static readonly Regex MarkerThenPhrase = new Regex(
            @"\b(?:TODO|FIXME|HACK|XXX)\b.*?\b" + RefactorPhrase,
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromMilliseconds(200));

        private static readonly Regex PhraseThenWhen = new Regex(
            @"^[\s/*!]*" + RefactorPhrase + @".*?\b(?:later|someday|eventually|afterwards|next\s+time)\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromMilliseconds(200));

        /// <summary>
        /// Every deferral has a marker word or a when-word, so a text without any of them holds none. Ordinal
        /// IndexOf calls are vectorized by the runtime and far cheaper than a regular expression over a whole file.
        /// </summary>
        private static readonly string[] NeededWords = { "todo", "fixme", "hack", "xxx", "later", "someday", "eventually", "afterwards", "next" };

        /// <summary>
        /// Where in <paramref name="text"/> a deferral may be: each place a needed word occurs (<c>next</c> only as
        /// <c>next time</c>, so the identifiers <c>Next</c> and <c>NextAsync</c> are no hint). A comment holding a
        /// deferral holds at least one of these places; most files hold none, or a few in code.
        /// </summary>
        public static IEnumerable<int> FindHints(string text)
        {
            foreach (string word in NeededWords)
            {
                for (int at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase))
                {
                    if (word != "next" || IsFollowedByTime(text, at + word.Length))
                    {
                        yield return at;
                    }
                }
            }
        }

        private static bool IsFollowedByTime(string text, int from)
        {
            int at = from;
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            return at > from && string.Compare(text, at, "time", 0, 4, StringComparison.OrdinalIgnoreCase) == 0;
        }

        /// <summary>False when <paramref name="text"/> cannot contain a deferral; true when its comments need a look.</summary>
        public static bool MayContainDeferral(string text)
        {
            foreach (string word in NeededWords)
            {
                if (text.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when a line of the comment defers a refactoring; the excerpt is that line, shortened.</summary>
        public static bool TryMatch(string comment, out string excerpt)
        {
            foreach (string line in comment.Split('\n'))
            {
                if (IsDeferral(line))
                {
                    excerpt = Excerpt(line);
                    return true;
                }
            }

            excerpt = string.Empty;
            return false;
        }

        private static bool IsDeferral(string line)
        {
            if (!MayContainDeferral(line))
            {
                return false;
            }

            try
            {
                return MarkerThenPhrase.IsMatch(line) || PhraseThenWhen.IsMatch(line);
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological comment is not worth stalling the compiler for: it simply is not reported.
                return false;
            }
        }

        private static string Excerpt(string line)
        {
            string text = line.Trim().TrimStart('/', '*', '!').TrimEnd('*', '/').Trim();
            return text.Length <= ExcerptLength ? text : text.Substring(0, ExcerptLength - 1) + "…";
        }
    }
}
