using System.Text.RegularExpressions;

namespace Ledger.Core.Accounts;

/// <summary>
/// An account's name as clerks write it: the full path with any of the separators in use (经营收入-租赁收入,
/// 经营收入/租赁收入, 经营收入_租赁收入, 经营收入——租赁收入), the leaf's own name (租赁收入), or, against a sub-account's
/// code, the name of an account above it (10201 written 银行存款). Names compare without spaces, and with full-width
/// and half-width brackets alike.
/// </summary>
internal static partial class AccountPath
{
    private static readonly string[] Separators = ["——", "—", "－", "-", "/", "／", "_", "＿", "\\", "｜", "|", ">", "＞"];

    /// <summary>The parts of a written name: 经营收入——租赁收入 → [经营收入, 租赁收入].</summary>
    public static string[] Segments(string name) =>
        Normalize(name).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The account's path from its level-1 account down, one segment per level, each the last part of its stored name.</summary>
    public static string[] Of(Account account, IReadOnlyDictionary<AccountCode, Account> chart)
    {
        var path = new List<string>();
        for (var length = AccountCode.LevelOneLength; length <= account.Code.Value.Length; length++)
        {
            var prefix = AccountCode.Parse(account.Code.Value[..length]);
            if (!prefix.IsRefused && chart.TryGetValue(prefix.Value, out var above) && Segments(above.Name) is { Length: > 0 } parts)
            {
                path.Add(parts[^1]);
            }
        }
        return path.ToArray();
    }

    /// <summary>The full path as the engine prints it: 经营收入-租赁收入.</summary>
    public static string Display(Account account, IReadOnlyDictionary<AccountCode, Account> chart) => string.Join("-", Of(account, chart));

    /// <summary>Whether the written segments end the path: the full path, a tail of it, or the leaf's name alone.</summary>
    public static bool EndsWith(string[] path, string[] written) =>
        written.Length > 0 && written.Length <= path.Length && path.AsSpan(path.Length - written.Length).SequenceEqual(written);

    /// <summary>Without spaces, and with full-width brackets for half-width ones, as the charts write them.</summary>
    public static string Normalize(string name) =>
        new(name.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch { '(' => '（', ')' => '）', _ => c }).ToArray());

    /// <summary>
    /// The code and the name of a row that writes both in its one 科目 column, as 用友 and county exports do
    /// (“10201 银行存款-农商行”, “[513]管理费用”); a row with a code column of its own is left as it is.
    /// </summary>
    public static (string Code, string Name) CodeAndName(string code, string name)
    {
        if (code.Length > 0 || CodeThenName().Match(name) is not { Success: true } both)
        {
            return (code, name);
        }
        return (both.Groups["code"].Value, both.Groups["name"].Value);
    }

    [GeneratedRegex(@"^\s*[\[【(（]?(?<code>[0-9]{3,15})[\]】)）]?(?:\s+|\s*[:：、.\-]\s*|(?=[^0-9])|$)(?<name>[^0-9].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeThenName();
}
