using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Import;
using Ledger.Core.Storage;
using Ledger.Core.Users;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Shares;

/// <summary>
/// The share register of a collective book (股权固化, domain.md §6): drawn up from the members' sheet, fixed at a
/// date, and after that changed only by recorded events that move units between households.
/// </summary>
public sealed class ShareDesk(LedgerSession session)
{
    /// <summary>Adds the charter's classes (股份类型,权重), or gives a listed class its new weight.</summary>
    public Result<IReadOnlyList<ShareClass>> ImportClasses(string fileName, Stream content, bool dryRun = false)
    {
        if (session.Check(LedgerAction.ManageShareClasses) is { } denied)
        {
            return denied;
        }
        var rows = ShareSheets.Classes(Path.GetFileName(fileName), content);
        if (rows.IsRefused)
        {
            return Result<IReadOnlyList<ShareClass>>.Refused(rows.Refusals);
        }
        return session.Database.WriteIf(tx =>
        {
            foreach (var row in rows.Value)
            {
                ShareStore.UpsertClass(tx, row.Class.Name, row.Class.Weight.TenThousandths);
            }
            var all = ShareStore.Classes(tx).Select(c => new ShareClass(c.Name, ShareWeight.FromTenThousandths(c.WeightE4))).ToList();
            return (Result<IReadOnlyList<ShareClass>>.Ok(all), !dryRun);
        });
    }

    /// <summary>
    /// Draws up the register of a collective book from the members' sheet (户号,姓名,身份证号,股份类型,股数),
    /// replacing what was there. Once the register is fixed it is refused: holdings then change only by events.
    /// </summary>
    public Result<MembersImport> ImportMembers(string fileName, Stream content, BookRef book, bool dryRun = false)
    {
        if (session.Check(LedgerAction.ManageShareRegister, book.Village) is { } denied)
        {
            return denied;
        }
        var file = Path.GetFileName(fileName);
        return session.Database.WriteIf(tx =>
        {
            var bookId = CollectiveBook(tx, book);
            if (bookId.IsRefused)
            {
                return (Result<MembersImport>.Refused(bookId.Refusals), false);
            }
            if (ShareStore.FixedOn(tx, bookId.Value) is { } fixedOn)
            {
                return (Refusal.Of("shares.fixed", $"{book} 的股权已于 {fixedOn} 固化：不能重新导入成员，持股只能经继承、赠与、转让变动（shares event）",
                    $"the register of {book} was fixed on {fixedOn}: members are not imported again; holdings change only by events ('shares event')"), false);
            }
            var classes = ShareStore.Classes(tx).ToDictionary(c => c.Name, c => c.Id);
            var rows = ShareSheets.Members(file, content, classes.Keys.ToHashSet());
            if (rows.IsRefused)
            {
                return (Result<MembersImport>.Refused(rows.Refusals), false);
            }
            var households = rows.Value.GroupBy(r => r.Household).Select(g => new ShareStore.NewHousehold(g.Key, g.First().HeadName, g.First().IdNumber,
                g.ToDictionary(r => classes[r.ClassName], r => r.Units))).ToList();
            ShareStore.ReplaceRegister(tx, bookId.Value, households);
            var unitsByClass = rows.Value.GroupBy(r => r.ClassName).ToDictionary(g => g.Key, g => g.Sum(r => r.Units));
            return (Result<MembersImport>.Ok(new MembersImport(book, file, dryRun, households.Count, unitsByClass)), !dryRun);
        });
    }

    /// <summary>Freezes the register as it stands (股权固化): 生不增、死不减.</summary>
    public Result<ShareRegisterView> Fix(BookRef book, DateOnly date)
    {
        if (session.Check(LedgerAction.FixShares, book.Village) is { } denied)
        {
            return denied;
        }
        return session.Database.Write(tx =>
        {
            var bookId = CollectiveBook(tx, book);
            if (bookId.IsRefused)
            {
                return Result<ShareRegisterView>.Refused(bookId.Refusals);
            }
            if (ShareStore.FixedOn(tx, bookId.Value) is { } fixedOn)
            {
                return Refusal.Of("shares.fixed", $"{book} 的股权已于 {fixedOn} 固化，固化只有一次", $"the register of {book} was already fixed on {fixedOn}; a register is fixed once");
            }
            if (ShareStore.Households(tx, bookId.Value).Count == 0)
            {
                return Refusal.Of("shares.empty", $"{book} 还没有股权户：先用 import members 导入", $"{book} has no households yet: import them first with 'import members'");
            }
            ShareStore.Fix(tx, bookId.Value, date, session.RequireActor().Id, session.NowUtc);
            return Result<ShareRegisterView>.Ok(RegisterState.Load(tx, bookId.Value).View(book, date));
        });
    }

    /// <summary>
    /// Records 继承, 赠与 or 转让 of <paramref name="units"/> from one household to another, effective on
    /// <paramref name="date"/>. The giver must hold them then, and keep enough for every later event.
    /// </summary>
    /// <param name="className">The class moved; left out, the first class of the charter the giver holds enough of.</param>
    public Result<ShareEvent> Record(BookRef book, ShareEventKind kind, string from, string to, long units, DateOnly date, string? className = null)
    {
        if (session.Check(LedgerAction.ManageShareRegister, book.Village) is { } denied)
        {
            return denied;
        }
        if (units is < 1 or > ShareSheets.UnitsMax)
        {
            return Refusal.Of("shares.units", $"变动股数须为 1 到 {ShareSheets.UnitsMax} 的整数", $"the units moved must be a whole number from 1 to {ShareSheets.UnitsMax}");
        }
        return session.Database.Write(tx =>
        {
            var bookId = CollectiveBook(tx, book);
            if (bookId.IsRefused)
            {
                return Result<ShareEvent>.Refused(bookId.Refusals);
            }
            var register = RegisterState.Load(tx, bookId.Value);
            if (register.FixedOn is not { } fixedOn)
            {
                return Refusal.Of("shares.not-fixed", $"{book} 的股权尚未固化：固化前直接修改成员表并重新导入", $"the register of {book} is not fixed yet: before fixation, correct the members' sheet and import it again");
            }
            if (date <= fixedOn)
            {
                return Refusal.Of("shares.event-date", $"变动日期 {date:yyyy-MM-dd} 须晚于固化日 {fixedOn:yyyy-MM-dd}", $"the event's date {date:yyyy-MM-dd} must be after the fixation date {fixedOn:yyyy-MM-dd}");
            }
            var giver = register.Find(from);
            var taker = register.Find(to);
            if (giver is null || taker is null)
            {
                var missing = giver is null ? from : to;
                return Refusal.Of("shares.household", $"{book} 没有股权户 {missing}", $"{book} has no household {missing}");
            }
            if (giver.Id == taker.Id)
            {
                return Refusal.Of("shares.same-household", "转出户与转入户相同", "the household giving and the household receiving are the same");
            }
            // Without --class the units come from the first class, in the charter's order, of which the giver holds
            // enough on the date: with one class held that is the only choice, and the output names the class moved.
            var held = register.UnitsAt(date);
            var shareClass = className is null
                ? register.Classes.Values.OrderBy(c => c.Id).FirstOrDefault(c => held.GetValueOrDefault((giver.Id, c.Id)) >= units)
                : register.Classes.Values.FirstOrDefault(c => c.Name == className.Trim());
            if (shareClass is null)
            {
                return className is null
                    ? Refusal.Of("shares.shortfall", $"股权户 {giver.Household} 在 {date:yyyy-MM-dd} 没有任何一类股份持有 {units} 股", $"household {giver.Household} holds {units} units of no class on {date:yyyy-MM-dd}")
                    : Refusal.Of("shares.class", $"没有股份类型“{className}”", $"there is no share class '{className}'");
            }
            register.Add(new ShareStore.EventRow(long.MaxValue, kind.Key(), giver.Id, taker.Id, shareClass.Id, units, Clock.Format(date)));
            if (register.FirstShortfall() is { } shortfall)
            {
                return Refusal.Of("shares.shortfall", $"股权户 {shortfall.Household.Household} 在 {shortfall.Date:yyyy-MM-dd} 的{shortfall.Class.Name}不足：变动不能转出未持有的股份",
                    $"household {shortfall.Household.Household} would hold fewer than zero units of {shortfall.Class.Name} on {shortfall.Date:yyyy-MM-dd}: an event only moves units held");
            }
            ShareStore.InsertEvent(tx, bookId.Value, kind.Key(), giver.Id, taker.Id, shareClass.Id, units, date, session.RequireActor().Id, session.NowUtc);
            return Result<ShareEvent>.Ok(new ShareEvent(kind, giver.Household, taker.Household, shareClass.Name, units, date));
        });
    }

    /// <summary>The register at the end of <paramref name="date"/>, ID numbers masked.</summary>
    public Result<ShareRegisterView> Register(BookRef book, DateOnly date) => session.Database.Read(tx =>
    {
        var bookId = CollectiveBook(tx, book);
        return bookId.IsRefused ? Result<ShareRegisterView>.Refused(bookId.Refusals) : Result<ShareRegisterView>.Ok(RegisterState.Load(tx, bookId.Value).View(book, date));
    });

    /// <summary>The id of <paramref name="book"/>, which must exist and be a collective's: only it has shares.</summary>
    internal static Result<long> CollectiveBook(SqliteTransaction tx, BookRef book)
    {
        if (book.Kind != BookKind.Collective)
        {
            return Refusal.Of("shares.book", $"{book} 是村委会账套：股权与分红只属于股份经济合作社账套（如 {book.Village}/collective）",
                $"{book} is a village committee's book: shares and dividends belong to the collective's book (e.g. {book.Village}/collective)");
        }
        var bookId = VillageStore.FindBookId(tx, book);
        return bookId is null ? ChartKeeper.UnknownBook(book) : Result<long>.Ok(bookId.Value);
    }
}
