using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Storage;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Import;

/// <summary>What an import needs of one book, looked up once: its id, chart, validator and the actor's access.</summary>
internal sealed class BookContext
{
    public BookContext(BookRef book, long id, IReadOnlyList<AccountStore.Stored> chart, Refusal? denied)
    {
        Book = book;
        Id = id;
        Denied = denied;
        Accounts = chart.ToDictionary(s => s.Account.Code, s => s.Account);
        AccountIds = chart.ToDictionary(s => s.Account.Code, s => s.Id);
        Validator = new VoucherDraftValidator(Accounts);
    }

    public BookRef Book { get; }

    public long Id { get; }

    /// <summary>Why the actor may not write to this book, if they may not.</summary>
    public Refusal? Denied { get; }

    public IReadOnlyDictionary<AccountCode, Account> Accounts { get; }

    public IReadOnlyDictionary<AccountCode, long> AccountIds { get; }

    public VoucherDraftValidator Validator { get; }

    /// <summary>
    /// The account a row names by code, by name, or by both (which must agree). A name matches an account's full
    /// name (银行存款-农商行) or its last part (农商行).
    /// </summary>
    public Result<AccountCode> Resolve(string code, string name)
    {
        if (code.Length > 0)
        {
            var parsed = AccountCode.Parse(code);
            if (parsed.IsRefused)
            {
                return parsed;
            }
            if (!Accounts.TryGetValue(parsed.Value, out var account))
            {
                return Refusal.Of("line.account-unknown", $"账套 {Book} 没有科目 {code}", $"book {Book} has no account {code}");
            }
            if (name.Length == 0 || NameMatches(account, name))
            {
                return parsed;
            }
            return Refusal.Of("import.account-mismatch", $"科目编码 {code} 是“{account.Name}”，与科目名称“{name}”不符",
                $"account code {code} is '{account.Name}', which does not match the account name '{name}'");
        }
        if (name.Length == 0)
        {
            return Refusal.Of("import.account-missing", "科目编码和科目名称都为空", "both the account code and the account name are empty");
        }
        var matches = Accounts.Values.Where(a => NameMatches(a, name)).ToList();
        return matches.Count switch
        {
            1 => Result<AccountCode>.Ok(matches[0].Code),
            0 => Refusal.Of("line.account-unknown", $"没有名为“{name}”的科目", $"there is no account named '{name}'"),
            _ => Refusal.Of("import.account-ambiguous", $"科目名称“{name}”对应多个科目（{string.Join("、", matches.Select(a => a.Code))}），请给出科目编码",
                $"the account name '{name}' fits several accounts ({string.Join(", ", matches.Select(a => a.Code))}); give the code"),
        };
    }

    private static bool NameMatches(Account account, string name)
    {
        var normalized = name.Replace(" ", "", StringComparison.Ordinal);
        return account.Name == normalized || account.Name.Split('-', '—', '/', '－').Last() == normalized;
    }
}
