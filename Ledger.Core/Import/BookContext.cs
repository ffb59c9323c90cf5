using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Storage;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Import;

/// <summary>What an import needs of one book, looked up once: its id, chart and the actor's access.</summary>
internal sealed class BookContext
{
    public BookContext(BookRef book, BookChart chart, Refusal? denied)
    {
        Book = book;
        Chart = chart;
        Denied = denied;
    }

    private readonly Dictionary<AccountCode, string[]> _paths = new();

    public BookRef Book { get; }

    public long Id => Chart.BookId;

    /// <summary>The book's chart, which also checks each voucher the import builds.</summary>
    public BookChart Chart { get; }

    /// <summary>Why the actor may not write to this book, if they may not.</summary>
    public Refusal? Denied { get; }

    public IReadOnlyDictionary<AccountCode, Account> Accounts => Chart.ByCode;

    public IReadOnlyDictionary<AccountCode, long> AccountIds => Chart.IdsByCode;

    /// <summary>
    /// The account a row names by code, by name, or by both (which must agree). A name is written as clerks write it
    /// (see <see cref="AccountPath"/>): the full path with any separator, a tail of it, or the leaf's own name; with a
    /// code, the name of an account above it is the same account seen from higher up (10201 written 银行存款).
    /// </summary>
    public Result<AccountCode> Resolve(string code, string name)
    {
        (code, name) = AccountPath.CodeAndName(code, name);
        var written = Written(name);
        if (code.Length > 0)
        {
            var parsed = AccountCode.Parse(code);
            if (parsed.IsRefused)
            {
                return parsed;
            }
            if (!Accounts.TryGetValue(parsed.Value, out var account))
            {
                var hint = ChartVersionCheck.UnknownCodeHint(code);
                return Refusal.Of("line.account-unknown", $"账套 {Book} 没有科目 {code}{hint?.Zh}", $"book {Book} has no account {code}{hint?.En}");
            }
            if (written.Length == 0 || NamesItOrAbove(account, written))
            {
                return parsed;
            }
            var path = AccountPath.Display(account, Accounts);
            return Refusal.Of("import.account-mismatch", $"科目编码 {code} 是“{path}”，与科目名称“{name}”不符",
                $"account code {code} is '{path}', which does not match the account name '{name}'");
        }
        if (written.Length == 0)
        {
            return Refusal.Of("import.account-missing", "科目编码和科目名称都为空", "both the account code and the account name are empty");
        }
        var matches = Accounts.Values.Where(a => AccountPath.EndsWith(PathOf(a), written) || AccountPath.Segments(a.Name).SequenceEqual(written)).ToList();
        return matches.Count switch
        {
            1 => Result<AccountCode>.Ok(matches[0].Code),
            0 when ChartVersionCheck.UnknownNameHint(written[0]) is { } hint =>
                Refusal.Of("line.account-unknown", $"没有名为“{name}”的科目{hint.Zh}", $"there is no account named '{name}'{hint.En}"),
            0 => Refusal.Of("line.account-unknown", $"没有名为“{name}”的科目", $"there is no account named '{name}'"),
            _ => Refusal.Of("import.account-ambiguous", $"科目名称“{name}”对应多个科目（{string.Join("、", matches.Select(a => a.Code))}），请给出科目编码",
                $"the account name '{name}' fits several accounts ({string.Join(", ", matches.Select(a => a.Code))}); give the code"),
        };
    }

    /// <summary>The account's path, worked out once per account: a 3,000-row file asks for the same few again and again.</summary>
    private string[] PathOf(Account account)
    {
        if (!_paths.TryGetValue(account.Code, out var path))
        {
            path = AccountPath.Of(account, Accounts);
            _paths[account.Code] = path;
        }
        return path;
    }

    private bool NamesItOrAbove(Account account, string[] written)
    {
        var path = PathOf(account);
        if (path.Length > 0 && written.Length == 1 && written[0] == path[^1])
        {
            // The common case, the leaf's own name, answered without splitting anything.
            return true;
        }
        if (AccountPath.Segments(account.Name).SequenceEqual(written))
        {
            return true;
        }
        for (var length = path.Length; length >= 1; length--)
        {
            if (AccountPath.EndsWith(path[..length], written))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The written name's segments, with a level-1 name of the 2004 chart that 2023 only renamed (现金) put right.</summary>
    private static string[] Written(string name)
    {
        var written = AccountPath.Segments(name);
        if (written.Length > 0 && ChartVersionCheck.RenamedLevelOne(written[0]) is { } renamed)
        {
            written[0] = renamed;
        }
        return written;
    }
}
