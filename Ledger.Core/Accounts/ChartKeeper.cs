using Ledger.Core.Books;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Accounts;

/// <summary>Each book's chart: the standard's level-1 accounts and the sub-accounts a township adds under them.</summary>
public sealed class ChartKeeper(LedgerSession session)
{
    /// <summary>
    /// Adds a sub-account under the longest existing account whose code is a prefix of <paramref name="code"/>.
    /// It inherits its parent's class, side and dimension; the parent stops taking lines of its own.
    /// </summary>
    /// <param name="nonDistributable">Marks an income sub-account whose income is never paid out as dividends
    /// (land compensation, earmarked subsidies; domain.md §6.3).</param>
    public Result<Account> AddSubAccount(BookRef book, string code, string name, bool nonDistributable = false)
    {
        if (session.Check(LedgerAction.ManageAccounts, book.Village) is { } denied)
        {
            return denied;
        }
        var parsed = AccountCode.Parse(code);
        if (parsed.IsRefused)
        {
            return Result<Account>.Refused(parsed.Refusals);
        }
        if (name.Trim().Length is 0 or > Limits.NameLengthMax)
        {
            return Refusal.Of("account.name", $"科目名称“{name}”无效", $"account name '{name}' is invalid");
        }
        return session.Database.WriteIf(tx =>
        {
            var added = Add(tx, book, parsed.Value, name.Trim());
            if (added.IsRefused || !nonDistributable)
            {
                return (added, !added.IsRefused);
            }
            var marked = Mark(tx, book, added.Value.Code);
            return marked.IsRefused ? (marked, false) : (added, true);
        });
    }

    /// <summary>Marks an income account, and so its sub-accounts, as not distributable as dividends.</summary>
    public Result<Account> MarkNonDistributable(BookRef book, string code)
    {
        if (session.Check(LedgerAction.ManageAccounts, book.Village) is { } denied)
        {
            return denied;
        }
        var parsed = AccountCode.Parse(code);
        if (parsed.IsRefused)
        {
            return Result<Account>.Refused(parsed.Refusals);
        }
        return session.Database.WriteIf(tx =>
        {
            var marked = Mark(tx, book, parsed.Value);
            return (marked, !marked.IsRefused);
        });
    }

    private static Result<Account> Mark(SqliteTransaction tx, BookRef book, AccountCode code)
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return UnknownBook(book);
        }
        var account = AccountStore.Chart(tx, bookId.Value).FirstOrDefault(s => s.Account.Code == code);
        if (account is null)
        {
            return Refusal.Of("line.account-unknown", $"账套 {book} 没有科目 {code}", $"book {book} has no account {code}");
        }
        if (account.Account.Class != AccountClass.Income)
        {
            return Refusal.Of("account.non-distributable", $"只有收入类科目可标为不可分配，{code} {account.Account.Name} 不是", $"only income accounts are marked not distributable, and {code} {account.Account.Name} is not one");
        }
        DividendStore.MarkNonDistributable(tx, account.Id);
        return Result<Account>.Ok(account.Account);
    }

    /// <summary>The book's chart in code order, or a refusal if the book does not exist.</summary>
    public Result<IReadOnlyList<Account>> List(BookRef book) => session.Database.Read(tx =>
    {
        var bookId = VillageStore.FindBookId(tx, book);
        return bookId is null
            ? Result<IReadOnlyList<Account>>.Refused(UnknownBook(book))
            : Result<IReadOnlyList<Account>>.Ok(AccountStore.Chart(tx, bookId.Value).Select(s => s.Account).ToList());
    });

    internal static Refusal UnknownBook(BookRef book) =>
        Refusal.Of("book.unknown", $"没有账套 {book}：请先用 village add 添加村 {book.Village}",
            $"there is no book {book}: add village {book.Village} first with 'village add'");

    internal static Result<Account> Add(SqliteTransaction tx, BookRef book, AccountCode code, string name)
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return UnknownBook(book);
        }
        var chart = AccountStore.Chart(tx, bookId.Value);
        if (chart.Any(s => s.Account.Code == code))
        {
            return Refusal.Of("account.exists", $"账套 {book} 已有科目 {code}", $"book {book} already has account {code}");
        }
        var parent = chart.Where(s => s.Account.Code.IsAncestorOf(code)).MaxBy(s => s.Account.Code.Value.Length);
        if (parent is null)
        {
            return Refusal.Of("account.parent", $"科目 {code} 的上级科目 {code.Value[..3]} 不在 2023 年科目表中",
                $"account {code} has no parent: {code.Value[..3]} is not a level-1 account of the 2023 chart");
        }
        if (parent.Account.IsLeaf && AccountStore.HasLines(tx, parent.Id))
        {
            return Refusal.Of("account.parent-used",
                $"科目 {parent.Account.Code} 已有凭证分录，不能再增设明细科目 {code}",
                $"account {parent.Account.Code} already has voucher lines, so it cannot take the sub-account {code}");
        }
        var account = parent.Account with { Code = code, Name = name, Level = parent.Account.Level + 1, IsLeaf = true, IsActive = true };
        AccountStore.Insert(tx, bookId.Value, parent.Id, account);
        AccountStore.MarkNotLeaf(tx, parent.Id);
        return Result<Account>.Ok(account);
    }
}
