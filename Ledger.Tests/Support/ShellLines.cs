using System.Text;

namespace Ledger.Tests.Support;

/// <summary>
/// The command lines of a shell block in a Markdown file, as a reader would type them: continuations joined,
/// comments kept apart, words split as the shell splits them (quotes, backslash-escaped newlines).
/// </summary>
public static class ShellLines
{
    /// <summary>One command: its words, and the comment written after it (without the #), if any.</summary>
    public sealed record Line(int Number, IReadOnlyList<string> Words, string Comment);

    /// <summary>The ```sh block that follows the heading, line by line.</summary>
    public static IReadOnlyList<Line> Block(string markdown, string heading)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var at = Array.FindIndex(lines, l => l.TrimEnd() == heading);
        if (at < 0)
        {
            throw new InvalidOperationException($"no heading '{heading}'");
        }
        var start = Array.FindIndex(lines, at, l => l.StartsWith("```sh", StringComparison.Ordinal)) + 1;
        var end = Array.FindIndex(lines, start, l => l.StartsWith("```", StringComparison.Ordinal));
        var result = new List<Line>();
        var pending = new StringBuilder();
        var firstNumber = 0;
        for (var i = start; i < end; i++)
        {
            if (pending.Length == 0)
            {
                firstNumber = i + 1;
            }
            var text = lines[i];
            if (text.TrimEnd().EndsWith('\\'))
            {
                pending.Append(text.TrimEnd()[..^1]).Append(' ');
                continue;
            }
            pending.Append(text);
            var (words, comment) = Split(pending.ToString());
            pending.Clear();
            if (words.Count > 0)
            {
                result.Add(new Line(firstNumber, words, comment));
            }
        }
        return result;
    }

    private static (List<string> Words, string Comment) Split(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == q)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
                continue;
            }
            if (c is '"' or '\'')
            {
                quote = c;
                inWord = true;
                continue;
            }
            if (c == '#' && !inWord)
            {
                return (words, text[(i + 1)..].Trim());
            }
            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
                continue;
            }
            word.Append(c);
            inWord = true;
        }
        if (inWord)
        {
            words.Add(word.ToString());
        }
        return (words, "");
    }
}
