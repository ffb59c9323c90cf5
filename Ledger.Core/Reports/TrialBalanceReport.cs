using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;

namespace Ledger.Core.Reports;

/// <summary>
/// Builds the trial balance (科目余额表) from the per-account month totals kept at posting, so its cost grows with
/// the number of accounts and months, never with the number of vouchers.
/// </summary>
public sealed class TrialBalanceReport(LedgerSession session)
{
    /// <param name="includeEmpty">Also list accounts with no balance and no movement.</param>
    public Result<TrialBalance> Build(BookRef book, Period period, bool includeEmpty = false) => session.Store.Read(tx => BuildIn(tx, book, period, includeEmpty));

    /// <summary>
    /// The level-1 rows of every book of <paramref name="kind"/> (or of the villages named), each amount summed over
    /// the books, with their totals: the township's 科目余额表汇总. Sub-accounts differ from village to village and are
    /// left to each book's own trial balance.
    /// </summary>
    public Result<TrialBalanceSummary> Summary(BookKind kind, Period period, IReadOnlyList<VillageCode>? villages = null) => session.Store.Read(tx =>
    {
        var books = SummaryBooks.Of(tx, kind, villages);
        if (books.IsRefused)
        {
            return Result<TrialBalanceSummary>.Refused(books.Refusals);
        }
        var trials = books.Value.Select(b => BuildIn(tx, b, period, includeEmpty: false)).ToList();
        if (trials.FirstOrDefault(t => t.IsRefused) is { } refused)
        {
            return Result<TrialBalanceSummary>.Refused(refused.Refusals);
        }
        static Money Sum(IEnumerable<TrialBalanceRow> rows, Func<TrialBalanceRow, Money> amount) => Money.Sum(rows.Select(amount));
        var rows = trials.SelectMany(t => t.Value.Rows.Where(r => r.Level == 1))
            .GroupBy(r => r.Code)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TrialBalanceRow(g.Key, g.First().Name, 1,
                Sum(g, r => r.OpeningDebit), Sum(g, r => r.OpeningCredit), Sum(g, r => r.PeriodDebit), Sum(g, r => r.PeriodCredit),
                Sum(g, r => r.ClosingDebit), Sum(g, r => r.ClosingCredit)))
            .ToList();
        var totals = new TrialBalanceRow("", "合计", 0,
            Sum(rows, r => r.OpeningDebit), Sum(rows, r => r.OpeningCredit), Sum(rows, r => r.PeriodDebit), Sum(rows, r => r.PeriodCredit),
            Sum(rows, r => r.ClosingDebit), Sum(rows, r => r.ClosingCredit));
        Invariant.That(totals.ClosingDebit == totals.ClosingCredit && totals.PeriodDebit == totals.PeriodCredit, "A sum of balanced trial balances balances.");
        return Result<TrialBalanceSummary>.Ok(new TrialBalanceSummary(kind, period, rows, totals, books.Value));
    });

    private static Result<TrialBalance> BuildIn(UnitOfWork tx, BookRef book, Period period, bool includeEmpty)
    {
        var bookId = VillageStore.FindBookId(tx, book);
        if (bookId is null)
        {
            return ChartDesk.UnknownBook(book);
        }
        var chart = BookChart.Load(tx, bookId.Value).Accounts;
        var sums = BalanceStore.Trial(tx, bookId.Value, period.First.Key, period.Last.Key).ToDictionary(r => r.AccountId);
        var rows = new List<TrialBalanceRow>();
        foreach (var stored in chart)
        {
            // A row sums its own totals and those of every descendant: level-1 rows roll up their sub-accounts.
            var own = chart.Where(s => s.Account.Code == stored.Account.Code || stored.Account.Code.IsAncestorOf(s.Account.Code))
                .Select(s => sums.GetValueOrDefault(s.Id))
                .Where(s => s is not null)
                .ToList();
            var row = Row(stored.Account, own!);
            if (includeEmpty || !row.IsZero)
            {
                rows.Add(row);
            }
        }
        var levelOne = rows.Where(r => r.Level == 1).ToList();
        var totals = new TrialBalanceRow("", "合计", 0,
            Money.Sum(levelOne.Select(r => r.OpeningDebit)), Money.Sum(levelOne.Select(r => r.OpeningCredit)),
            Money.Sum(levelOne.Select(r => r.PeriodDebit)), Money.Sum(levelOne.Select(r => r.PeriodCredit)),
            Money.Sum(levelOne.Select(r => r.ClosingDebit)), Money.Sum(levelOne.Select(r => r.ClosingCredit)));
        Invariant.That(totals.OpeningDebit == totals.OpeningCredit, $"The opening balances of {book} for {period} do not balance.");
        Invariant.That(totals.PeriodDebit == totals.PeriodCredit, $"The movements of {book} in {period} do not balance.");
        Invariant.That(totals.ClosingDebit == totals.ClosingCredit, $"The closing balances of {book} for {period} do not balance.");
        return Result<TrialBalance>.Ok(new TrialBalance(book, period, rows, totals));
    }

    private static TrialBalanceRow Row(Account account, IReadOnlyList<BalanceStore.TrialRow> sums)
    {
        var opening = Money.FromFen(sums.Sum(s => s.OpeningNetFen));
        var debit = Money.FromFen(sums.Sum(s => s.PeriodDebitFen));
        var credit = Money.FromFen(sums.Sum(s => s.PeriodCreditFen));
        var closing = opening + debit - credit;
        return new TrialBalanceRow(account.Code.Value, account.Name, account.Level,
            DebitSide(opening), CreditSide(opening), debit, credit, DebitSide(closing), CreditSide(closing));
    }

    private static Money DebitSide(Money net) => net.IsPositive ? net : Money.Zero;

    private static Money CreditSide(Money net) => net.IsNegative ? -net : Money.Zero;
}
