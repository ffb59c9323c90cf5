using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Bank;

/// <summary>One bank account's statement lines, its voucher lines and the standing matches between them, read once.</summary>
internal sealed class BankAccountState
{
    private readonly Dictionary<long, (long VoucherId, long LineNo)> _byBankLine;
    private readonly Dictionary<(long VoucherId, long LineNo), long> _byBookLine;

    private BankAccountState(IReadOnlyList<BankStore.LineRow> lines, IReadOnlyList<BankStore.BookLineRow> bookLines, IReadOnlyList<BankStore.MatchRow> matches)
    {
        Lines = lines;
        BookLines = bookLines;
        _byBankLine = matches.ToDictionary(m => m.BankLineId, m => (m.VoucherId, m.LineNo));
        _byBookLine = matches.ToDictionary(m => (m.VoucherId, m.LineNo), m => m.BankLineId);
    }

    /// <summary>In date order.</summary>
    public IReadOnlyList<BankStore.LineRow> Lines { get; }

    public IReadOnlyList<BankStore.BookLineRow> BookLines { get; }

    public static BankAccountState Load(SqliteTransaction tx, long accountId) =>
        new(BankStore.Lines(tx, accountId), BankStore.BookLines(tx, accountId), BankStore.Matches(tx, accountId));

    public bool IsMatched(BankStore.LineRow line) => _byBankLine.ContainsKey(line.Id);

    public bool IsMatched(BankStore.BookLineRow line) => _byBookLine.ContainsKey((line.VoucherId, line.LineNo));

    /// <summary>Records a pairing made in this run, so that neither side is paired again.</summary>
    public void Pair(BankStore.LineRow line, BankStore.BookLineRow book)
    {
        _byBankLine[line.Id] = (book.VoucherId, book.LineNo);
        _byBookLine[(book.VoucherId, book.LineNo)] = line.Id;
    }

    /// <summary>
    /// Pairs each unpaired statement line dated in [from, through], in date order, with an unpaired voucher line
    /// of the same amount within <paramref name="windowDays"/>: one naming the same counterparty or summary first,
    /// then the nearest in date, then the earliest voucher.
    /// </summary>
    public IReadOnlyList<(BankStore.LineRow Line, BankStore.BookLineRow Book)> AutoMatch(DateOnly from, DateOnly through, int windowDays)
    {
        var paired = new List<(BankStore.LineRow, BankStore.BookLineRow)>();
        // Candidates by amount, so that each statement line looks only at voucher lines that could be its pair
        // rather than at the account's whole history.
        var byAmount = BookLines.Where(b => !IsMatched(b)).ToLookup(b => b.AmountFen);
        foreach (var line in Lines.Where(l => !IsMatched(l) && Date(l.Date) >= from && Date(l.Date) <= through))
        {
            var date = Date(line.Date);
            var best = byAmount[line.AmountFen]
                .Where(b => !IsMatched(b) && Math.Abs(Date(b.Date).DayNumber - date.DayNumber) <= windowDays)
                .OrderBy(b => Related(line, b) ? 0 : 1)
                .ThenBy(b => Math.Abs(Date(b.Date).DayNumber - date.DayNumber))
                .ThenBy(b => b.VoucherId)
                .FirstOrDefault();
            if (best is not null)
            {
                Pair(line, best);
                paired.Add((line, best));
            }
        }
        return paired;
    }

    /// <summary>The reconciliation at the end of <paramref name="period"/>, or null when no statement line reaches back that far.</summary>
    public BankReconciliation? Reconcile(BookRef book, Account account, Period period, long bookBalanceFen)
    {
        var end = period.LastDay;
        var statement = Lines.Where(l => Date(l.Date) <= end).ToList();
        if (statement.Count == 0)
        {
            return null;
        }
        var posted = BookLines.Where(b => b.Status == "posted" && Date(b.Date) <= end).ToDictionary(b => (b.VoucherId, b.LineNo));
        var bankDates = statement.ToDictionary(l => l.Id, l => l.Date);
        // A statement line counts as booked only when its voucher is posted by the end; a voucher line counts as
        // banked only when its statement line is dated by the end.
        var bankNotBooked = statement.Where(l => !(_byBankLine.TryGetValue(l.Id, out var v) && posted.ContainsKey(v)))
            .Select(l => new ReconcilingItem(Date(l.Date), Money.FromFen(l.AmountFen), Describe(l), l.Id)).ToList();
        var bookedNotBanked = posted.Values.Where(b => !(_byBookLine.TryGetValue((b.VoucherId, b.LineNo), out var l) && bankDates.ContainsKey(l)))
            .Select(b => new ReconcilingItem(Date(b.Date), Money.FromFen(b.AmountFen), b.Summary, b.VoucherId)).ToList();
        return new BankReconciliation(book, account.Code, account.Name, period, Date(statement[^1].Date), Money.FromFen(bookBalanceFen),
            Money.FromFen(statement[^1].BalanceFen), bankNotBooked, bookedNotBanked);
    }

    public static string Describe(BankStore.LineRow line) =>
        string.Join(" ", new[] { line.Summary, line.Counterparty }.Where(s => s.Length > 0));

    public static DateOnly Date(string text) => Clock.ParseDate(text);

    /// <summary>Whether the voucher names the statement's counterparty, or either summary contains the other.</summary>
    private static bool Related(BankStore.LineRow line, BankStore.BookLineRow book) =>
        (line.Counterparty.Length > 0 && (book.Counterparty == line.Counterparty || book.Summary.Contains(line.Counterparty, StringComparison.Ordinal)))
        || (line.Summary.Length > 0 && book.Summary.Length > 0
            && (book.Summary.Contains(line.Summary, StringComparison.Ordinal) || line.Summary.Contains(book.Summary, StringComparison.Ordinal)));
}
