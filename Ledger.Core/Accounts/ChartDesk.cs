using Ledger.Core.Books;
using Ledger.Core.Storage;
using Ledger.Core.Users;

namespace Ledger.Core.Accounts;

/// <summary>Each book's chart: the standard's level-1 accounts and the sub-accounts a township adds under them.</summary>
public sealed class ChartDesk(LedgerSession session)
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
        return session.Store.WriteIf(tx =>
        {
            var added = Add(tx, book, parsed.Value, name.Trim(), (session.RequireActor().Id, session.NowUtc));
            if (added.IsRefused || !nonDistributable)
            {
                return (added, !added.IsRefused);
            }
            var marked = Mark(tx, book, added.Value.Code);
            return marked.IsRefused ? (marked, false) : (added, true);
        });
    }

    /// <summary>
    /// Adds one sub-account to every book, or every book of <paramref name="kind"/>, all or nothing. A book that has
    /// the same code under the same name already is left as it is and reported, so that a run can be repeated; any
    /// other refusal in any book (another name under that code, a parent that took lines) refuses the whole run and
    /// names each book, since a township chart half rolled out is harder to mend than one not rolled out.
    /// </summary>
    public Result<SubAccountRollout> AddSubAccountToEveryBook(BookKind? kind, string code, string name, bool nonDistributable = false)
    {
        var parsed = AccountCode.Parse(code);
        if (parsed.IsRefused)
        {
            return Result<SubAccountRollout>.Refused(parsed.Refusals);
        }
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > Limits.NameLengthMax)
        {
            return Refusal.Of("account.name", $"科目名称“{name}”无效", $"account name '{name}' is invalid");
        }
        return session.Store.WriteIf(tx =>
        {
            var books = VillageStore.ListBooks(tx).Select(b => b.Ref).Where(b => kind is null || b.Kind == kind).ToList();
            if (books.Count == 0)
            {
                return (Refusal.Of("book.none", "还没有账套：先用 village add 添加村", "there are no books yet: add villages first with 'village add'"), false);
            }
            var refusals = new List<Refusal>();
            var added = new List<BookRef>();
            var alreadyThere = new List<BookRef>();
            Account? account = null;
            foreach (var book in books)
            {
                if (session.Check(LedgerAction.ManageAccounts, book.Village) is { } denied)
                {
                    return (denied, false);
                }
                var bookId = VillageStore.FindBookId(tx, book)!.Value;
                if (BookChart.Load(tx, bookId).Accounts.FirstOrDefault(s => s.Account.Code == parsed.Value) is { } existing)
                {
                    if (existing.Account.Name == trimmed)
                    {
                        alreadyThere.Add(book);
                        account ??= existing.Account;
                        continue;
                    }
                    refusals.Add(Refusal.Of("account.exists",
                        $"账套 {book} 已有科目 {parsed.Value}，名称为“{existing.Account.Name}”而非“{trimmed}”",
                        $"book {book} already has account {parsed.Value}, named '{existing.Account.Name}', not '{trimmed}'"));
                    continue;
                }
                var one = Add(tx, book, parsed.Value, trimmed, (session.RequireActor().Id, session.NowUtc));
                if (one.IsRefused)
                {
                    refusals.AddRange(one.Refusals);
                    continue;
                }
                if (nonDistributable && Mark(tx, book, parsed.Value) is { IsRefused: true } marked)
                {
                    refusals.AddRange(marked.Refusals);
                    continue;
                }
                added.Add(book);
                account ??= one.Value;
            }
            if (refusals.Count > 0)
            {
                var total = books.Count;
                refusals.Add(Refusal.Of("account.rollout",
                    $"以上 {refusals.Count} 个账套不能增设 {parsed.Value} {trimmed}，{total} 个账套均未改动",
                    $"{refusals.Count} of {total} books cannot take {parsed.Value} {trimmed}, so no book was changed"));
                return (Result<SubAccountRollout>.Refused(refusals), false);
            }
            return (Result<SubAccountRollout>.Ok(new SubAccountRollout(account!, added, alreadyThere)), true);
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
        return session.Store.WriteIf(tx =>
        {
            var marked = Mark(tx, book, parsed.Value);
            return (marked, !marked.IsRefused);
        });
    }

    private static Result<Account> Mark(UnitOfWork tx, BookRef book, AccountCode code)
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return UnknownBook(book);
        }
        var account = BookChart.Load(tx, bookId.Value).Accounts.FirstOrDefault(s => s.Account.Code == code);
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
    public Result<IReadOnlyList<Account>> List(BookRef book) => session.Store.Read(tx =>
    {
        var bookId = VillageStore.FindBookId(tx, book);
        return bookId is null
            ? Result<IReadOnlyList<Account>>.Refused(UnknownBook(book))
            : Result<IReadOnlyList<Account>>.Ok(BookChart.Load(tx, bookId.Value).Accounts.Select(s => s.Account).ToList());
    });

    /// <summary>
    /// Why an account that has taken lines takes no sub-account. Moving its lines to a first sub-account (科目升级)
    /// would change the account code of posted lines, and every posted voucher's seal hashes each line's account code:
    /// the move would rewrite sealed history and <c>verify</c> would fail, so it is refused rather than done.
    /// </summary>
    private static Refusal ParentUsed(BookRef book, Account parent, AccountCode code, (long Posted, long Unposted) lines)
    {
        if (lines.Posted == 0)
        {
            return Refusal.Of("account.parent-used",
                $"账套 {book} 的科目 {parent.Code} {parent.Name} 已用于 {lines.Unposted} 条未记账分录，不能再增设明细科目 {code}：先用 voucher edit 把这些分录改到其他科目（或撤回这些凭证），再增设",
                $"account {parent.Code} {parent.Name} of {book} is on {lines.Unposted} lines of vouchers not yet posted, so it cannot take the sub-account {code}: move those lines to another account with 'voucher edit' (or withdraw the vouchers) first");
        }
        var unposted = lines.Unposted > 0 ? $"、未记账 {lines.Unposted} 条" : "";
        var unpostedEn = lines.Unposted > 0 ? $" and {lines.Unposted} lines of vouchers not yet posted" : "";
        return Refusal.Of("account.parent-used",
            $"账套 {book} 的科目 {parent.Code} {parent.Name} 已有已记账分录 {lines.Posted} 条{unposted}，导入时不能在其下增设明细科目 {code}：请用 vledger account add --book {book} {code} 名称 增设，它会先做科目升级（原有分录转入第一个明细科目 {parent.Code}01，留有记录）",
            $"account {parent.Code} {parent.Name} of {book} has {lines.Posted} posted lines{unpostedEn}, so an import cannot open the sub-account {code} under it: add it with 'vledger account add --book {book} {code} NAME', which first upgrades the account (科目升级: its lines move to a first sub-account {parent.Code}01, recorded)");
    }

    /// <summary>
    /// A book from before 322's sub-accounts were seeded, whose 322 took lines (年初未分配收益, earlier year closes),
    /// gets them by a 科目升级 the first time its year's end needs them: 322 becomes 32202 未分配收益, keeping its
    /// lines and seals, under a new 322 beside 32201 各项分配 and its three details. Nothing happens to any other book.
    /// </summary>
    internal static void SplitDistribution(UnitOfWork tx, long bookId, long userId, DateTimeOffset nowUtc)
    {
        var chart = BookChart.Load(tx, bookId).Accounts;
        if (chart.SingleOrDefault(s => s.Account.Code.Value == ChartCodes.Distribution) is not { Account.IsLeaf: true } used || !AccountStore.HasLines(tx, used.Id))
        {
            return;
        }
        var old = used.Account;
        var parentId = AccountStore.Insert(tx, bookId, null, old with { Code = AccountCode.FromStore("000"), IsLeaf = false });
        AccountStore.Rekey(tx, used.Id, ChartCodes.Distribution, ChartCodes.Undistributed, "未分配收益", parentId, 2, userId, nowUtc);
        AccountStore.SetCode(tx, parentId, ChartCodes.Distribution);
        BudgetStore.MoveLines(tx, used.Id, parentId);
        var details = AccountStore.Insert(tx, bookId, parentId, old with { Code = AccountCode.FromStore(ChartCodes.Distributions), Name = "各项分配", Level = 2, IsLeaf = false });
        foreach (var (code, name) in new[] { (ChartCodes.ToReserve, "提取公积公益金"), (ChartCodes.ToMembers, "向成员分配"), (ChartCodes.OtherDistributions, "其他") })
        {
            AccountStore.Insert(tx, bookId, details, old with { Code = AccountCode.FromStore(code), Name = name, Level = 3, IsLeaf = true });
        }
    }

    /// <summary>Accounts vledger posts to by their level-1 code: 113 in transfers, 211 and 311 in dividends, 321 and 322 at the year's end.</summary>
    private static readonly HashSet<string> EnginePosted = [ChartCodes.Internal, ChartCodes.Payables, ChartCodes.Reserve, ChartCodes.CurrentYearResult, ChartCodes.Distribution];

    internal static Refusal UnknownBook(BookRef book) =>
        Refusal.Of("book.unknown", $"没有账套 {book}：请先用 village add 添加村 {book.Village}",
            $"there is no book {book}: add village {book.Village} first with 'village add'");

    /// <param name="upgradeBy">Who adds it and when, where an account that has taken lines may be upgraded (科目升级)
    /// to take it; without it (a book being set up, a chart import) such an account is refused.</param>
    internal static Result<Account> Add(UnitOfWork tx, BookRef book, AccountCode code, string name, (long UserId, DateTimeOffset AtUtc)? upgradeBy = null)
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return UnknownBook(book);
        }
        var chart = BookChart.Load(tx, bookId.Value).Accounts;
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
        var parentId = parent.Id;
        if (parent.Account.IsLeaf && AccountStore.HasLines(tx, parent.Id))
        {
            var first = AccountCode.Parse(parent.Account.Code.Value + "01");
            if (upgradeBy is not { } by || first.IsRefused)
            {
                return ParentUsed(book, parent.Account, code, AccountStore.LineCounts(tx, parent.Id));
            }
            if (EnginePosted.Contains(parent.Account.Code.Value))
            {
                return Refusal.Of("account.upgrade-engine", $"科目 {parent.Account.Code} {parent.Account.Name} 由 vledger 自己记账（两账划转、收益分配、年度结转），已有分录后不能升级为有明细的科目",
                    $"account {parent.Account.Code} {parent.Account.Name} is one vledger posts to itself (transfers between the books, dividends, the year close), so once it has lines it cannot be upgraded to take sub-accounts");
            }
            if (first.Value == code)
            {
                return Refusal.Of("account.upgrade-code", $"科目 {parent.Account.Code} 已有分录：升级后 {code} 将承接它原有的全部分录，名称仍为“{parent.Account.Name}”；请为“{name}”另选编码，如 {parent.Account.Code}02",
                    $"account {parent.Account.Code} has lines: upgraded, {code} takes all of them under the name '{parent.Account.Name}'; give '{name}' another code, such as {parent.Account.Code}02");
            }
            // 科目升级: the account that took the lines keeps them and becomes the first sub-account of the same name,
            // under a new parent of the old code and name, which takes over the budget set for that code.
            var old = parent.Account;
            var firstName = old.Name;
            // The new parent holds a code no account can have until the old one is free: the schema ties a code's
            // length, an account's level and its parent together, and codes are unique in a book.
            var placeholder = AccountCode.FromStore(old.Level == 1 ? "000" : old.Code.Value + "00");
            parentId = AccountStore.Insert(tx, bookId.Value, parent.ParentId, old with { Code = placeholder, IsLeaf = false });
            AccountStore.Rekey(tx, parent.Id, old.Code.Value, first.Value.Value, firstName, parentId, old.Level + 1, by.UserId, by.AtUtc);
            AccountStore.SetCode(tx, parentId, old.Code.Value);
            BudgetStore.MoveLines(tx, parent.Id, parentId);
        }
        var account = parent.Account with { Code = code, Name = name, Level = parent.Account.Level + 1, IsLeaf = true, IsActive = true };
        AccountStore.Insert(tx, bookId.Value, parentId, account);
        AccountStore.MarkNotLeaf(tx, parentId);
        return Result<Account>.Ok(account);
    }
}
