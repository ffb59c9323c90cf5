using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Print;

/// <summary>What the paper archive binds, read from the store: a book's vouchers of a period and their covers.</summary>
public sealed class PrintDesk(LedgerSession session)
{
    /// <summary>
    /// 会计基础工作规范 and common binding practice put no more than about a hundred vouchers in one volume, so that a
    /// volume stays thin enough to be bound with its attachments and leafed through by an auditor.
    /// </summary>
    public const int VouchersPerVolumeMax = 100;

    /// <summary>
    /// The book's posted vouchers of the period in number order, month by month; with <paramref name="withApproved"/>
    /// its approved vouchers that wait for posting follow each month's posted ones, without a number.
    /// </summary>
    public Result<IReadOnlyList<PrintedVoucher>> Vouchers(BookRef book, Period period, bool withApproved = false) => session.Store.Read(tx =>
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return Result<IReadOnlyList<PrintedVoucher>>.Refused(ChartDesk.UnknownBook(book));
        }
        var (first, last) = (period.First.Key, period.Last.Key);
        var rows = PrintStore.Vouchers(tx, bookId.Value, first, last, withApproved);
        if (rows.Count == 0)
        {
            return Result<IReadOnlyList<PrintedVoucher>>.Refused(NoVouchers(book, period, withApproved));
        }
        var chart = BookChart.Load(tx, bookId.Value).Accounts;
        var names = FullNames(chart);
        var codes = chart.ToDictionary(s => s.Id, s => s.Account.Code.Value);
        var lines = PrintStore.Lines(tx, bookId.Value, first, last, withApproved).ToLookup(l => l.VoucherId);
        var approvers = PrintStore.Approvers(tx, bookId.Value, first, last).ToLookup(a => a.VoucherId, a => a.UserName);
        var unit = UnitName(tx, book);
        var vouchers = rows.Select(v => new PrintedVoucher(
            unit,
            StoredTime.ParseDate(v.Date),
            v.WordNumber is { } n ? VoucherNumber.Shown(v.Word, n) : null,
            (int)v.AttachmentCount,
            VoucherStore.ParseKind(v.Kind) == VoucherKind.Reversal,
            v.ReversedNumber is { } r && v.ReversedMonth is { } m ? $"{Month.FromKey((int)m)} {VoucherNumber.Shown(v.ReversedWord, r)}" : null,
            lines[v.Id].Select(l => new PrintedVoucherLine(v.Summary, codes[l.AccountId], names[l.AccountId], l.Counterparty, l.Project,
                Money.FromFen(l.DebitFen), Money.FromFen(l.CreditFen))).ToList(),
            [
                new PrintedSignature("会计主管"),
                new PrintedSignature("记账", v.PostedBy),
                new PrintedSignature("审核", approvers[v.Id].Any() ? string.Join("、", approvers[v.Id]) : null),
                new PrintedSignature("出纳"),
                new PrintedSignature("制单", v.PreparedBy),
            ])).ToList();
        return Result<IReadOnlyList<PrintedVoucher>>.Ok(vouchers);
    });

    /// <summary>One cover per month of the period that has posted vouchers, each counting that month's vouchers and attachments.</summary>
    public Result<IReadOnlyList<VoucherCover>> Covers(BookRef book, Period period) => session.Store.Read(tx =>
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return Result<IReadOnlyList<VoucherCover>>.Refused(ChartDesk.UnknownBook(book));
        }
        var rows = PrintStore.Vouchers(tx, bookId.Value, period.First.Key, period.Last.Key, withApproved: false);
        if (rows.Count == 0)
        {
            return Result<IReadOnlyList<VoucherCover>>.Refused(NoVouchers(book, period, withApproved: false));
        }
        var unit = UnitName(tx, book);
        var covers = rows.GroupBy(v => Month.FromKey((int)v.Month)).Select(g =>
        {
            // Under 收付转 each word runs from its own 1: the cover gives each word's first and last, in that order.
            var words = g.GroupBy(v => v.Word).OrderBy(w => "收付转记".IndexOf(w.Key ?? VoucherNumber.ClassPrefix, StringComparison.Ordinal)).ToList();
            var first = string.Join("、", words.Select(w => VoucherNumber.Shown(w.Key, w.Min(v => v.WordNumber!.Value))));
            var last = string.Join("、", words.Select(w => VoucherNumber.Shown(w.Key, w.Max(v => v.WordNumber!.Value))));
            var count = g.Count();
            return new VoucherCover(unit, g.Key, first, last,
                count, (int)g.Sum(v => v.AttachmentCount), (count + VouchersPerVolumeMax - 1) / VouchersPerVolumeMax,
                [new PrintedSignature("会计主管"), new PrintedSignature("装订人")]);
        }).ToList();
        return Result<IReadOnlyList<VoucherCover>>.Ok(covers);
    });

    private static Refusal NoVouchers(BookRef book, Period period, bool withApproved) => withApproved
        ? Refusal.Of("print.no-vouchers", $"账套 {book} 在 {period.Name} 没有已记账或已审批的凭证，没有可打印的内容",
            $"book {book} has no posted or approved vouchers in {period.Name}: there is nothing to print")
        : Refusal.Of("print.no-vouchers", $"账套 {book} 在 {period.Name} 没有已记账的凭证，没有可打印的内容（只打印已记账凭证；已审批的用 --include-approved）",
            $"book {book} has no posted vouchers in {period.Name}: there is nothing to print (only posted vouchers are printed; add approved ones with --include-approved)");

    /// <summary>单位名称: the village's name and the book's (东风村股份经济合作社, 东风村村民委员会).</summary>
    private static string UnitName(UnitOfWork tx, BookRef book)
    {
        var village = VillageStore.Find(tx, book.Village) ?? throw new LedgerInvariantException($"The book {book} has no village.");
        return village.Name + book.Kind.Label().Zh;
    }

    /// <summary>Each account's name with the names above it, as a voucher writes a sub-account (银行存款—农业银行—基本户).</summary>
    private static Dictionary<long, string> FullNames(IReadOnlyList<AccountStore.Stored> chart)
    {
        var own = chart.ToDictionary(s => s.Id, s => s.Account.Name);
        var names = new Dictionary<long, string>();
        // The chart comes in code order, so every parent is named before its children.
        foreach (var stored in chart)
        {
            if (stored.ParentId is not { } parent || !names.TryGetValue(parent, out var above))
            {
                names[stored.Id] = stored.Account.Name;
                continue;
            }
            // Clerks often name a sub-account with its parent's name in front (银行存款-农商行); the path says it once.
            var name = stored.Account.Name;
            if (name.StartsWith(own[parent], StringComparison.Ordinal) && name.Length > own[parent].Length)
            {
                name = name[own[parent].Length..].TrimStart('-', '—', '－', ' ', '·');
            }
            names[stored.Id] = $"{above}—{name}";
        }
        return names;
    }
}
