using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Storage;

namespace Ledger.Core.Audit;

/// <summary>
/// Rule 19, 两本账混用, on balances: at the period's end the committee's 113 内部往来 with the collective must be
/// the exact opposite of the collective's 113 with the committee, since every transfer between the two books is
/// booked in both. Each book's 113 names the other book by counterparty or sub-account; a committee 113 balance
/// that names anyone else, or a 113 balance in either book that names its own book or another village's, hides
/// what the mirror cannot check. The collective's 113 also holds members and households, which are not findings.
/// When the balances mirror at the end, a month whose inter-book legs did not cancel is still a finding (one book
/// booked the transfer a month late); when they do not mirror, that one finding names the months it comes from.
/// </summary>
internal static class InternalMirrorRule
{
    public static IEnumerable<Finding> Run(AuditContext context)
    {
        var end = context.Period.LastDay;
        var balances = AuditStore.InternalBalances(context.Transaction, StoredTime.Format(end));
        var legs = AuditStore.InternalLegs(context.Transaction, context.Period.First.Key, context.Period.Last.Key);
        var allVillages = VillageStore.List(context.Transaction);
        foreach (var village in context.Villages)
        {
            var code = VillageCode.FromStore(village.Code);
            var committee = new BookRef(code, BookKind.Committee);
            var collective = new BookRef(code, BookKind.Collective);
            var others = allVillages.Where(v => v.Code != village.Code).Select(v => v.Name).ToList();
            long committeeSide = 0;
            long collectiveSide = 0;
            foreach (var balance in balances.Where(b => context.Books.TryGetValue(b.BookId, out var book) && book.Village == code))
            {
                var book = context.Books[balance.BookId];
                var named = InternalCounterparty.Named(balance.Name, village.Name, others);
                var other = InternalCounterparty.Other(book.Kind);
                if (named == other)
                {
                    if (book.Kind == BookKind.Committee)
                    {
                        committeeSide += balance.NetFen;
                    }
                    else
                    {
                        collectiveSide += balance.NetFen;
                    }
                }
                else if (book.Kind == BookKind.Committee || named == BookKind.Collective)
                {
                    yield return NameFinding(context, book, other, balance);
                }
            }
            var months = legs
                .Where(l => context.Books.TryGetValue(l.BookId, out var book) && book.Village == code
                    && InternalCounterparty.Named(l.Name, village.Name, others) == InternalCounterparty.Other(book.Kind))
                .GroupBy(l => l.Month)
                .Select(g => (Month: Periods.Month.FromKey((int)g.Key), NetFen: g.Sum(l => l.NetFen)))
                .Where(m => m.NetFen != 0)
                .OrderBy(m => m.Month)
                .ToList();
            if (committeeSide + collectiveSide == 0)
            {
                foreach (var (month, net) in months)
                {
                    yield return new Finding(19, "internal", new Text("两本账内部往来当月不对冲", "the two books' internal legs do not cancel in the month"), committee, [], Money.FromFen(Math.Abs(net)),
                        new Text($"{village.Code} {month} 两账 113 内部往来当月相差 {Money.FromFen(Math.Abs(net))}，期末已对应：同一笔划转两账记在了不同月份",
                            $"in {month} the 113 legs of {village.Code}'s two books are off by {Money.FromFen(Math.Abs(net))}, and mirror by the period's end: the two books booked one transfer in different months"));
                }
            }
            else
            {
                var vouchers = context.Vouchers
                    .Where(v => context.Books[v.BookId].Village == code && v.Lines.Any(l => l.Code.StartsWith(ChartCodes.Internal, StringComparison.Ordinal)
                        && InternalCounterparty.Named(NameOf(l), village.Name, others) == InternalCounterparty.Other(context.Books[v.BookId].Kind)))
                    .Select(v => v.Id)
                    .Order()
                    .ToList();
                var gap = Money.FromFen(committeeSide + collectiveSide);
                // The months are worth naming only when they say more than the gap itself: several of them, or a gap
                // that began before the period.
                var telling = months.Count > 1 || months.Sum(m => m.NetFen) != committeeSide + collectiveSide;
                var byMonth = new Text(
                    !telling ? "" : "；本期各月相差：" + string.Join("，", months.Select(m => $"{m.Month} {Money.FromFen(Math.Abs(m.NetFen))}")),
                    !telling ? "" : "; off in the period by month: " + string.Join(", ", months.Select(m => $"{m.Month} {Money.FromFen(Math.Abs(m.NetFen))}")));
                yield return new Finding(19, "internal-mirror", new Text("两本账内部往来余额不对应", "the two books' 113 balances do not mirror"), committee, vouchers, gap.Abs(),
                    new Text($"截至 {end:yyyy-MM-dd}，村委会账 113 对合作社{Side(committeeSide).Zh}，合作社账 113 对村委会{Side(collectiveSide).Zh}，两者应方向相反、金额相等，相差 {gap.Abs()}{byMonth.Zh}",
                        $"at {end:yyyy-MM-dd} the committee's 113 with the collective stands at {Side(committeeSide).En} and the collective's 113 with the committee at {Side(collectiveSide).En}; they should be equal and opposite, and are {gap.Abs()} apart{byMonth.En}"));
            }
        }
    }

    private static Finding NameFinding(AuditContext context, BookRef book, BookKind other, AuditStore.InternalBalance balance)
    {
        var vouchers = context.Vouchers
            .Where(v => context.Books[v.BookId] == book && v.Lines.Any(l => l.Code == balance.Code && NameOf(l) == balance.Name))
            .Select(v => v.Id)
            .ToList();
        var name = balance.Name is null ? new Text("未填对方", "no counterparty") : new Text($"“{balance.Name}”", $"'{balance.Name}'");
        var otherName = other.Label();
        return new Finding(19, "internal-name", new Text("内部往来对方不是另一账套", "113 counterparty is not the other book"), book, vouchers, Money.FromFen(balance.NetFen).Abs(),
            new Text($"{book} 内部往来 {balance.Code} 对{name.Zh}{Side(balance.NetFen).Zh}：对方应为本村{otherName.Zh}，否则两账无法核对",
                $"{book} internal account {balance.Code} with {name.En} stands at {Side(balance.NetFen).En}: the counterparty should be the village's {otherName.En}, or the two books cannot be matched"));
    }

    /// <summary>Whom a 113 line is with, as <see cref="AuditStore.InternalBalances"/> reads it: its counterparty, else its sub-account.</summary>
    private static string? NameOf(AuditStore.Line line) => line.Counterparty ?? (line.Code.Length > 3 ? line.AccountName : null);

    private static Text Side(long fen) => fen switch
    {
        > 0 => new Text($"借方余额 {Money.FromFen(fen)}", $"a debit of {Money.FromFen(fen)}"),
        < 0 => new Text($"贷方余额 {Money.FromFen(-fen)}", $"a credit of {Money.FromFen(-fen)}"),
        _ => new Text("余额为 0", "zero"),
    };
}
