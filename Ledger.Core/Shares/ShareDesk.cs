using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Import;
using Ledger.Core.Storage;
using Ledger.Core.Users;

namespace Ledger.Core.Shares;

/// <summary>
/// The share register of a collective book (股权固化, domain.md §6): drawn up from the members' sheet, fixed at a
/// date, and after that changed only by recorded events that move units between households.
/// </summary>
public sealed class ShareDesk(LedgerSession session)
{
    /// <summary>The longest resolution reference the register keeps (share_event.resolution).</summary>
    public const int ResolutionLengthMax = 200;

    /// <summary>The longest household number the register keeps (share_household.household).</summary>
    public const int HouseholdLengthMax = 32;

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
        return session.Store.WriteIf(tx =>
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
        return session.Store.WriteIf(tx =>
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
        return session.Store.Write(tx =>
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
    /// Records 继承, 赠与, 转让, 分户 or 新增户 of <paramref name="units"/> from one household to another, effective on
    /// <paramref name="date"/>. The giver must hold them then, and keep enough for every later event. 分户 and 新增户
    /// add the receiving household to the register, under <paramref name="head"/> and by <paramref name="resolution"/>.
    /// </summary>
    /// <remarks>
    /// After 股权固化 units are never issued or cancelled (生不增、死不减, domain.md §6.1): every event, a new household's
    /// included, moves units that an existing household holds, so the register's total stays what it was fixed at.
    /// </remarks>
    /// <param name="from">The giving household; null is refused, since no event creates units.</param>
    /// <param name="className">The class moved; left out, the first class of the charter the giver holds enough of.</param>
    /// <param name="resolution">The resolution (决议) allowing the event; required to add a household.</param>
    /// <param name="headName">The new household's head (户主); required to add a household, refused otherwise.</param>
    /// <param name="headIdNumber">The head's resident ID number, which GB 11643 must accept.</param>
    public Result<ShareEvent> Record(BookRef book, ShareEventKind kind, string? from, string to, long units, DateOnly date, string? className = null,
        string? resolution = null, string? headName = null, string? headIdNumber = null)
    {
        if (session.Check(LedgerAction.ManageShareRegister, book.Village) is { } denied)
        {
            return denied;
        }
        if (units is < 1 or > ShareSheets.UnitsMax)
        {
            return Refusal.Of("shares.units", $"变动股数须为 1 到 {ShareSheets.UnitsMax} 的整数", $"the units moved must be a whole number from 1 to {ShareSheets.UnitsMax}");
        }
        if (string.IsNullOrWhiteSpace(from))
        {
            return Refusal.Of("shares.units-conserved",
                $"股权固化后生不增、死不减，股份总数不变，不能新发股份：{kind.Zh()}的 {units} 股须由现有股权户转出，请用 --from 指明转出户",
                $"after fixation units are neither issued nor cancelled (生不增、死不减): the {units} units of a {kind.Key()} must come from an existing household; name it with --from");
        }
        resolution = string.IsNullOrWhiteSpace(resolution) ? null : resolution.Trim();
        if (kind.AddsHousehold() && (resolution is null || headName is null || headIdNumber is null))
        {
            return Refusal.Of("shares.new-household",
                $"{kind.Zh()}把 {to} 新立为股权户，须有决议编号（--resolution）、户主姓名（--name）和身份证号（--id-number）",
                $"a {kind.Key()} adds {to} to the register and needs the resolution (--resolution), the head's name (--name) and ID number (--id-number)");
        }
        if (!kind.AddsHousehold() && (headName is not null || headIdNumber is not null))
        {
            return Refusal.Of("shares.head-unused",
                $"{kind.Zh()}只在已在册的户之间移动股份：户主姓名和身份证号只用于分户、新增户",
                $"a {kind.Key()} moves units between households already on the register: a head's name and ID number go with 分户 (partition) or 新增户 (new-household) only");
        }
        if (kind.AddsHousehold() && to.Trim().Length is 0 or > HouseholdLengthMax)
        {
            return Refusal.Of("shares.household-number", $"户号须为 1 到 {HouseholdLengthMax} 个字符", $"a household number has 1 to {HouseholdLengthMax} characters");
        }
        if (resolution is { Length: > ResolutionLengthMax })
        {
            return Refusal.Of("shares.resolution", $"决议编号最长 {ResolutionLengthMax} 个字", $"a resolution reference has at most {ResolutionLengthMax} characters");
        }
        HouseholdHead? head = null;
        if (kind.AddsHousehold())
        {
            var given = HouseholdHead.Of(headName, headIdNumber);
            if (given.IsRefused)
            {
                return Result<ShareEvent>.Refused(given.Refusals);
            }
            head = given.Value;
        }
        return session.Store.Write(tx =>
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
            if (kind.AddsHousehold() && taker is not null)
            {
                return Refusal.Of("shares.household-exists",
                    $"{book} 已有股权户 {taker.Household}（{taker.HeadName}）：{kind.Zh()}须新立户号；在已在册的户之间移动股份用 继承、赠与 或 转让",
                    $"{book} already has household {taker.Household} ({taker.HeadName}): a {kind.Key()} needs a new household number; between households on the register use 继承, 赠与 or 转让");
            }
            if (giver is null || (taker is null && !kind.AddsHousehold()))
            {
                var missing = giver is null ? from : to;
                return giver is null
                    ? Refusal.Of("shares.household", $"{book} 没有股权户 {missing}", $"{book} has no household {missing}")
                    : Refusal.Of("shares.household",
                        $"{book} 没有股权户 {missing}：新立户用 --type 分户 或 --type 新增户，并给出 --resolution、--name、--id-number",
                        $"{book} has no household {missing}: add a household with --type 分户 or --type 新增户, with --resolution, --name and --id-number");
            }
            if (head is not null && register.Households.FirstOrDefault(h => string.Equals(h.IdNumber.Trim(), head.IdNumber, StringComparison.OrdinalIgnoreCase)) is { } same)
            {
                return Refusal.Of("shares.head-registered",
                    $"身份证号 {IdNumber.Mask(head.IdNumber)} 已是股权户 {same.Household}（{same.HeadName}）的户主：一人只能是一户的户主",
                    $"ID number {IdNumber.Mask(head.IdNumber)} already heads household {same.Household} ({same.HeadName}): one person heads one household");
            }
            if (giver.Household == to.Trim())
            {
                return Refusal.Of("shares.same-household", "转出户与转入户相同", "the household giving and the household receiving are the same");
            }
            foreach (var household in new[] { giver, taker })
            {
                if (household?.AddedOn is { } addedOn && StoredTime.ParseDate(addedOn) > date)
                {
                    return Refusal.Of("shares.not-yet-added",
                        $"股权户 {household.Household} 自 {addedOn} 起才在册，{date:yyyy-MM-dd} 的变动不能涉及它",
                        $"household {household.Household} is on the register from {addedOn} only: an event of {date:yyyy-MM-dd} cannot involve it");
                }
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
            // A household added by this event holds nothing before it; no stored event can involve it yet.
            register.Add(new ShareStore.EventRow(long.MaxValue, kind.Key(), giver.Id, taker?.Id ?? 0, shareClass.Id, units, StoredTime.Format(date)));
            if (register.FirstShortfall() is { } shortfall)
            {
                return Refusal.Of("shares.shortfall", $"股权户 {shortfall.Household.Household} 在 {shortfall.Date:yyyy-MM-dd} 的{shortfall.Class.Name}不足：变动不能转出未持有的股份",
                    $"household {shortfall.Household.Household} would hold fewer than zero units of {shortfall.Class.Name} on {shortfall.Date:yyyy-MM-dd}: an event only moves units held");
            }
            var takerId = taker?.Id ?? ShareStore.InsertHousehold(tx, bookId.Value, to.Trim(), head!.Name, head.IdNumber, date);
            ShareStore.InsertEvent(tx, bookId.Value, kind.Key(), giver.Id, takerId, shareClass.Id, units, date, resolution, session.RequireActor().Id, session.NowUtc);
            return Result<ShareEvent>.Ok(new ShareEvent(kind, giver.Household, to.Trim(), shareClass.Name, units, date, resolution, taker is null ? head!.Name : null));
        });
    }

    /// <summary>The register at the end of <paramref name="date"/>, ID numbers masked.</summary>
    public Result<ShareRegisterView> Register(BookRef book, DateOnly date) => session.Store.Read(tx =>
    {
        var bookId = CollectiveBook(tx, book);
        return bookId.IsRefused ? Result<ShareRegisterView>.Refused(bookId.Refusals) : Result<ShareRegisterView>.Ok(RegisterState.Load(tx, bookId.Value).View(book, date));
    });

    /// <summary>The id of <paramref name="book"/>, which must exist and be a collective's: only it has shares.</summary>
    internal static Result<long> CollectiveBook(UnitOfWork tx, BookRef book)
    {
        if (book.Kind != BookKind.Collective)
        {
            return Refusal.Of("shares.book", $"{book} 是村委会账套：股权与分红只属于股份经济合作社账套（如 {book.Village}/collective）",
                $"{book} is a village committee's book: shares and dividends belong to the collective's book (e.g. {book.Village}/collective)");
        }
        var bookId = VillageStore.FindBookId(tx, book);
        return bookId is null ? ChartDesk.UnknownBook(book) : Result<long>.Ok(bookId.Value);
    }
}
