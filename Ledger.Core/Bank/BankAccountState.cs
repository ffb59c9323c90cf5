using Ledger.Core.Vouchers;
using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;

namespace Ledger.Core.Bank;

/// <summary>One bank account's statement lines, its voucher lines and the matches between them, read once.</summary>
internal sealed class BankAccountState
{
    private readonly Dictionary<long, (long VoucherId, long LineNo)> _byBankLine;
    private readonly Dictionary<(long VoucherId, long LineNo), long> _byBookLine;
    private readonly IReadOnlyList<BankStore.BookLineRow> _allBookLines;
    private readonly IReadOnlyList<BankStore.MatchRow> _matches;

    private BankAccountState(IReadOnlyList<BankStore.LineRow> lines, IReadOnlyList<BankStore.BookLineRow> bookLines, IReadOnlyList<BankStore.MatchRow> matches)
    {
        Lines = lines;
        _allBookLines = bookLines;
        _matches = matches;
        var standing = matches.Where(m => m.UnmatchedUtc is null).ToList();
        _byBankLine = standing.ToDictionary(m => m.BankLineId, m => (m.VoucherId, m.LineNo));
        _byBookLine = standing.ToDictionary(m => (m.VoucherId, m.LineNo), m => m.BankLineId);
        // A red-ink reversal meets the bank only when what it reverses did (money paid back, say); a reversal of a
        // line the bank never saw cancels it in the books alone. Opening balances never pass through the bank.
        var matchedVouchers = standing.Select(m => m.VoucherId).ToHashSet();
        BookLines = bookLines
            .Where(b => b.Status is VoucherStatus.Approved or VoucherStatus.Posted)
            .Where(b => b.Kind == VoucherKind.Normal || (b.Kind == VoucherKind.Reversal && b.ReversalOf is { } original && matchedVouchers.Contains(original)))
            .ToList();
    }

    /// <summary>In date order.</summary>
    public IReadOnlyList<BankStore.LineRow> Lines { get; }

    /// <summary>The voucher lines that can be matched with a statement line.</summary>
    public IReadOnlyList<BankStore.BookLineRow> BookLines { get; }

    public static BankAccountState Load(UnitOfWork tx, long accountId) =>
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

    /// <summary>
    /// The reconciliation at the end of <paramref name="period"/>, as it stood at <paramref name="closedUtc"/> when
    /// the period's last month is closed, or null when no statement line reaches back that far.
    /// </summary>
    /// <param name="booksBegin">The date of the book's earliest posted voucher, where a statement that begins earlier starts for the books.</param>
    /// <remarks>
    /// A closed month's reconciliation never changes (contract: corrections, reconciliation and the year's end). It is
    /// computed, not stored: from the vouchers dated in or before the month (their status counts a reversed voucher
    /// as booked, and a reversal dated later is not in the month), the statement lines dated in or before it and
    /// imported before the close, and the matches that stood at the close. Every input is dated or stamped, so the
    /// same month always gives the same table, and a reopened month is computed afresh when it closes again; a copy
    /// frozen at close would need a table, a migration and a write in the close itself.
    /// </remarks>
    public BankReconciliation? Reconcile(BookRef book, Account account, Period period, long bookBalanceFen, string? closedUtc, DateOnly? booksBegin)
    {
        var end = period.LastDay;
        bool Known(string stampUtc) => closedUtc is null || string.CompareOrdinal(stampUtc, closedUtc) <= 0;
        var known = Lines.Where(l => Known(l.ImportedUtc)).ToList();
        var statement = known.Where(l => Date(l.Date) <= end).ToList();
        if (statement.Count == 0)
        {
            return null;
        }
        var knownDates = known.ToDictionary(l => l.Id, l => Date(l.Date));
        var standing = _matches
            .Where(m => Known(m.MatchedUtc) && (m.UnmatchedUtc is null || (closedUtc is not null && string.CompareOrdinal(m.UnmatchedUtc, closedUtc) > 0)))
            .Where(m => knownDates.ContainsKey(m.BankLineId))
            .ToList();
        var bankOf = standing.ToDictionary(m => (m.VoucherId, m.LineNo), m => m.BankLineId);
        var bookOf = standing.ToDictionary(m => m.BankLineId, m => (m.VoucherId, m.LineNo));
        var booked = _allBookLines.Where(b => b.Status is VoucherStatus.Posted or VoucherStatus.Reversed && Date(b.Date) <= end).ToList();
        var bookedKeys = booked.Select(b => (b.VoucherId, b.LineNo)).ToHashSet();

        // The statement starts from its opening balance: what the books held before its first line, less what they
        // had paid or received that the bank cleared only later (matched lines), must be that opening. A statement
        // that begins on or before the books' first day starts, for the books, after that day: the balance after
        // its lines of that day or earlier is what the books began with.
        var cut = booksBegin is { } begin && Date(known[0].Date) <= begin ? known.FindIndex(l => Date(l.Date) > begin) : 0;
        cut = cut < 0 ? known.Count : cut;
        var from = cut < known.Count ? Date(known[cut].Date) : booksBegin!.Value.AddDays(1);
        var opening = cut == 0 ? known[0].BalanceFen - known[0].AmountFen : known[cut - 1].BalanceFen;
        var beforeCut = known.Take(cut).Select(l => l.Id).ToHashSet();
        bool BeforeStart(BankStore.BookLineRow b) =>
            bankOf.TryGetValue((b.VoucherId, b.LineNo), out var l) ? beforeCut.Contains(l) : Date(b.Date) < from;
        var beforeStatement = booked.Where(BeforeStart).ToList();
        var openingDifference = beforeStatement.Sum(b => b.AmountFen) - opening;

        var bankNotBooked = statement.Where(l => !beforeCut.Contains(l.Id) && !(bookOf.TryGetValue(l.Id, out var v) && bookedKeys.Contains(v)))
            .Select(l => new ReconcilingItem(Date(l.Date), Money.FromFen(l.AmountFen), Describe(l), l.Id)).ToList();
        var open = booked.Except(beforeStatement)
            .Where(b => !(bankOf.TryGetValue((b.VoucherId, b.LineNo), out var l) && knownDates[l] <= end))
            .ToList();
        var bookedNotBanked = WithoutCancelledReversals(open, bankOf)
            .Select(b => new ReconcilingItem(Date(b.Date), Money.FromFen(b.AmountFen), b.Summary, b.VoucherId,
                bankOf.TryGetValue((b.VoucherId, b.LineNo), out var l) ? knownDates[l] : null))
            .ToList();
        return new BankReconciliation(book, account.Code, account.Name, period, Date(statement[^1].Date), Money.FromFen(bookBalanceFen),
            Money.FromFen(statement[^1].BalanceFen), bankNotBooked, bookedNotBanked, from, Money.FromFen(opening), known.Count > statement.Count,
            beforeStatement.Select(b => new ReconcilingItem(Date(b.Date), Money.FromFen(b.AmountFen), b.Summary, b.VoucherId)).ToList(),
            Money.FromFen(openingDifference));
    }

    /// <summary>
    /// Leaves out a reversed voucher's line together with its red-ink reversal's when neither met the bank: the
    /// pair moved no money, and listing both would fill the table with two items that cancel.
    /// </summary>
    private static IEnumerable<BankStore.BookLineRow> WithoutCancelledReversals(IReadOnlyList<BankStore.BookLineRow> open, Dictionary<(long, long), long> bankOf)
    {
        var unmatched = open.Where(b => !bankOf.ContainsKey((b.VoucherId, b.LineNo))).ToList();
        var cancelled = new HashSet<BankStore.BookLineRow>();
        foreach (var reversal in unmatched.Where(b => b.Kind == VoucherKind.Reversal && b.ReversalOf is not null))
        {
            var original = unmatched.FirstOrDefault(o => o.VoucherId == reversal.ReversalOf && o.AmountFen == -reversal.AmountFen && !cancelled.Contains(o));
            if (original is not null)
            {
                cancelled.Add(original);
                cancelled.Add(reversal);
            }
        }
        return open.Where(b => !cancelled.Contains(b));
    }

    public static string Describe(BankStore.LineRow line) =>
        string.Join(" ", new[] { line.Summary, line.Counterparty }.Where(s => s.Length > 0));

    public static DateOnly Date(string text) => StoredTime.ParseDate(text);

    /// <summary>Whether the voucher names the statement's counterparty, or either summary contains the other.</summary>
    private static bool Related(BankStore.LineRow line, BankStore.BookLineRow book) =>
        (line.Counterparty.Length > 0 && (book.Counterparty == line.Counterparty || book.Summary.Contains(line.Counterparty, StringComparison.Ordinal)))
        || (line.Summary.Length > 0 && book.Summary.Length > 0
            && (book.Summary.Contains(line.Summary, StringComparison.Ordinal) || line.Summary.Contains(book.Summary, StringComparison.Ordinal)));
}
