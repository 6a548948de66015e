namespace Kei.Toml.Tests
{
    /// <summary>Common mistakes: the exact reason and the line and column of the offending character or key.</summary>
    public sealed class ErrorMessageTests
    {
        [Theory]
        [InlineData("name\n", 1, 5, "expected '=' after key 'name', found newline")]
        [InlineData("a = 1\nname \"x\"\n", 2, 6, "expected '=' after key 'name', found '\"'")]
        [InlineData("a = 1\r\nb\r\n", 2, 2, "expected '=' after key 'b', found newline")]
        [InlineData("a = 1\nb = 2\n\n  a = 3\n", 4, 3, "duplicate key 'a' (first defined at line 1, column 1)")]
        [InlineData("[t]\nx.y = 1\nx.y = 2\n", 3, 3, "duplicate key 'x.y' (first defined at line 2, column 3)")]
        [InlineData("s = \"abc\n", 1, 9, "expected '\"' to close the string, found newline (the string opened at line 1, column 5 is not closed)")]
        [InlineData("s = 'abc", 1, 9, "expected ''' to close the string, found end of file (the string opened at line 1, column 5 is not closed)")]
        [InlineData("s = \"\"\"abc\n", 2, 1, "expected '\"\"\"' to close the multi-line string, found end of file (the multi-line string opened at line 1, column 5 is not closed)")]
        [InlineData("d = 2023-02-29\n", 1, 13, "day 29 does not exist in 2023-02")]
        [InlineData("d = 1900-02-29\n", 1, 13, "day 29 does not exist in 1900-02")]
        [InlineData("t = 1979-05-27T25:00:00Z\n", 1, 16, "hour 25 is out of range 0..23")]
        [InlineData("t = 07:32:\n", 1, 11, "expected 2-digit second, found newline")]
        [InlineData("t = 07:32.5\n", 1, 5, "invalid value '07:32.5'")]
        [InlineData("[a]\nx = 1\n[a]\n", 3, 2, "duplicate table [a] (first defined at line 1, column 1)")]
        [InlineData("[[a]]\n[a]\n", 2, 2, "key 'a' was first defined at line 1, column 3 as array of tables; a table header cannot define it again")]
        [InlineData("a.b = 1\n[a]\n", 2, 2, "key 'a' was first defined at line 1, column 1 as table (by dotted keys); a table header cannot define it again")]
        [InlineData("a = {x = 1}\na.y = 2\n", 2, 1, "key 'a' was first defined at line 1, column 1 as inline table; dotted keys cannot extend it here")]
        [InlineData("a = 1\n[a.b]\n", 2, 2, "key 'a' was first defined at line 1, column 1 as integer; a table header cannot extend it")]
        [InlineData("x = [1, 2\ny = 3\n", 2, 1, "expected ',' or ']' after array item, found 'y' (the array opened at line 1, column 5 is still open)")]
        [InlineData("a = 1\nx = [\n  1,\n  2,\n", 5, 1, "expected value or ']' to close the array, found end of file (the array opened at line 2, column 5 is not closed)")]
        [InlineData("t = {\n  a = 1,\n  b = 2\nc = 3\n", 4, 1, "expected ',' or '}' after inline table entry, found 'c' (the inline table opened at line 1, column 5 is still open)")]
        [InlineData("t = { a = 1,\n", 2, 1, "expected key or '}' in inline table, found end of file (the inline table opened at line 1, column 5 is not closed)")]
        [InlineData("t = { a = [1, { b = 2 }\n", 2, 1, "expected ',' or ']' after array item, found end of file (the array opened at line 1, column 11 is not closed)")]
        [InlineData("a = tru\n", 1, 5, "expected value, found 'tru'")]
        [InlineData("a = \n", 1, 5, "expected value, found newline")]
        [InlineData("a = \"x\" b = 1\n", 1, 9, "expected newline after value, found 'b'")]
        [InlineData("a = 1\rb = 2\n", 1, 6, "expected newline after value, found carriage return")]
        [InlineData("[a\n", 1, 3, "expected ']' to close the table header, found newline")]
        [InlineData("[[a]\n", 1, 5, "expected ']]' to close the array-of-tables header, found newline")]
        [InlineData("x = 1\n  = 2\n", 2, 3, "expected key, found '='")]
        [InlineData("a = 9223372036854775808\n", 1, 5, "integer 9223372036854775808 does not fit in 64 bits")]
        [InlineData("a = 0x8000_0000_0000_0000\n", 1, 5, "integer 0x8000_0000_0000_0000 does not fit in 64 bits")]
        [InlineData("a = 1__0\n", 1, 6, "'_' in a number must stand between two digits")]
        [InlineData("a = 01\n", 1, 5, "leading zeros are not allowed in '01'")]
        [InlineData("a = 1.\n", 1, 7, "expected digit after '.', found newline")]
        [InlineData("a = 1x\n", 1, 5, "invalid value '1x'")]
        [InlineData("a = +0x1\n", 1, 5, "hexadecimal, octal and binary integers take no sign")]
        [InlineData("a = \"\\uD800\"\n", 1, 6, "escape '\\uD800' is not a Unicode scalar value")]
        [InlineData("# a\u0001b\n", 1, 4, "control character U+0001 is not allowed in a comment")]
        [InlineData("a = \"\"\"\nline\n\u0002\"\"\"\n", 3, 1, "control character U+0002 is not allowed in a string")]
        public void Reports_reason_line_and_column(string toml, int line, int column, string reason)
        {
            TomlException error = Assert.Throws<TomlException>(() => TomlReader.Parse(toml));
            Assert.Equal(reason, error.Reason);
            Assert.Equal((line, column), (error.Line, error.Column));
            Assert.Equal(reason + " (line " + line + ", column " + column + ")", error.Message);
        }

        [Theory]
        [InlineData("t = {a = 1 b = 2}\n", 1, 12, "expected ',' or '}'")]
        [InlineData("t = {a = 1,,}\n", 1, 12, "expected key, found ','")]
        [InlineData("t = {,}\n", 1, 6, "expected key, found ','")]
        [InlineData("t = {a\n= 1}\n", 1, 7, "expected '=' after key 'a', found newline")]
        [InlineData("t = {a =\n1}\n", 1, 9, "expected value, found newline")]
        [InlineData("s = \"a\\qb\"\n", 1, 7, "found 'q'")]
        [InlineData("s = \"a\\x4\"\n", 1, 10, "expected 2 hex digits in escape, found '\"'")]
        [InlineData("s = \"a\\E\"\n", 1, 7, "invalid escape")]
        [InlineData("a = [1,,2]\n", 1, 8, "expected value, found ','")]
        [InlineData("a = {x = 1, x = 2}\n", 1, 13, "duplicate key 'x' (first defined at line 1, column 6)")]
        [InlineData("a = {\n  x = 1,\n  x = 2,\n}\n", 3, 3, "duplicate key 'x' (first defined at line 2, column 3)")]
        public void Reports_position_of_inline_mistakes(string toml, int line, int column, string reasonPart)
        {
            TomlException error = Assert.Throws<TomlException>(() => TomlReader.Parse(toml));
            Assert.Contains(reasonPart, error.Reason);
            Assert.Equal((line, column), (error.Line, error.Column));
        }
    }
}
