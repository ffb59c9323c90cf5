using System.Text.RegularExpressions;

namespace Ledger.Core.Reports;

/// <summary>
/// Evaluates a statement line's formula: terms joined by + and -, each a function of an account-code prefix
/// (<c>bal(101)</c>, <c>dr(113)</c>, <c>mov(501)</c>, …), the key of an earlier line, or 0. Everything is whole fen.
/// </summary>
internal static partial class StatementFormula
{
    /// <param name="function">Gives the value of <c>name(prefix)</c>.</param>
    /// <param name="line">Gives the value of an earlier line by its key.</param>
    /// <exception cref="LedgerInvariantException">When a formula in the seeds does not parse: a broken seed is a bug.</exception>
    public static long Evaluate(string formula, Func<string, string, long> function, Func<string, long> line)
    {
        var text = formula.Replace(" ", "", StringComparison.Ordinal);
        var total = 0L;
        var position = 0;
        var sign = 1;
        while (position < text.Length)
        {
            var match = Term().Match(text, position);
            Invariant.That(match.Success && match.Index == position, $"The statement formula '{formula}' does not parse at {position}.");
            long value = match.Groups["function"].Success
                ? function(match.Groups["function"].Value, match.Groups["prefix"].Value)
                : match.Groups["key"].Success ? line(match.Groups["key"].Value) : 0;
            total = checked(total + (sign * value));
            position += match.Length;
            if (position < text.Length)
            {
                Invariant.That(text[position] is '+' or '-', $"The statement formula '{formula}' needs + or - at {position}.");
                sign = text[position] == '+' ? 1 : -1;
                position++;
            }
        }
        return total;
    }

    [GeneratedRegex(@"(?<function>bal|dr|cr|mov|open|dist)\((?<prefix>\d+)\)|(?<key>[A-Z]\d{2})|(?<zero>0)", RegexOptions.CultureInvariant)]
    private static partial Regex Term();
}
