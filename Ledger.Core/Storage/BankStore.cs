using System.Data.Common;
using Dapper;
using Ledger.Core.Vouchers;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>Bank statement lines and their matches with voucher lines.</summary>
internal static class BankStore
{
    public sealed record LineRow(long Id, string Date, long AmountFen, long BalanceFen, string Summary, string Counterparty, string? Serial, string ImportedUtc);

    /// <summary>A voucher line on a bank account, with its voucher's state, as matching and reconciling see it.</summary>
    public sealed class BookLineRow
    {
        public long VoucherId { get; init; }
        public long LineNo { get; init; }
        public string Date { get; init; } = "";
        public long AmountFen { get; init; }
        public string Summary { get; init; } = "";
        public string? Counterparty { get; init; }
        public VoucherStatus Status { get; init; }
        public VoucherKind Kind { get; init; }

        /// <summary>For a red-ink reversal, the voucher it reverses.</summary>
        public long? ReversalOf { get; init; }
    }

    /// <summary>A match, standing while <see cref="UnmatchedUtc"/> is null.</summary>
    public sealed record MatchRow(long BankLineId, long VoucherId, long LineNo, string MatchedUtc, string? UnmatchedUtc);

    public static IReadOnlyList<LineRow> Lines(DbTransaction tx, long accountId) =>
        tx.Connection!.Query<LineRow>(
            """
            SELECT id, date, amount_fen AS AmountFen, balance_fen AS BalanceFen, summary, counterparty, serial, imported_utc AS ImportedUtc
            FROM bank_line WHERE account_id = @accountId ORDER BY date, id
            """, new { accountId }, tx).AsList();

    public static void Insert(DbTransaction tx, long accountId, Import.BankStatementSheet.Line line, string fileName, long userId, DateTimeOffset nowUtc) =>
        tx.Connection!.Execute(
            """
            INSERT INTO bank_line (account_id, date, amount_fen, balance_fen, summary, counterparty, counterparty_account, serial, file_name, row_no, imported_by, imported_utc)
            VALUES (@accountId, @date, @AmountFen, @BalanceFen, @Summary, @Counterparty, @CounterpartyAccount, @Serial, @fileName, @Row, @userId, @now)
            """,
            new
            {
                accountId, date = StoredTime.Format(line.Date), line.AmountFen, line.BalanceFen, line.Summary, line.Counterparty, line.CounterpartyAccount,
                line.Serial, fileName, line.Row, userId, now = StoredTime.Format(nowUtc),
            }, tx);

    /// <summary>
    /// Every voucher line on the account that is approved, posted or reversed, of any kind, debit minus credit as
    /// the amount: matching picks those that can meet the bank, and a reconciliation needs all that make the balance.
    /// </summary>
    public static IReadOnlyList<BookLineRow> BookLines(DbTransaction tx, long accountId) =>
        tx.Connection!.Query<BookLineRow>(
            """
            SELECT v.id AS VoucherId, l.line_no AS LineNo, v.date, l.debit_fen - l.credit_fen AS AmountFen, v.summary, l.counterparty, v.status,
                   v.kind, v.reversal_of AS ReversalOf
            FROM voucher_line l JOIN voucher v ON v.id = l.voucher_id
            WHERE l.account_id = @accountId AND (v.is_cleared OR v.is_posted)
            ORDER BY v.date, v.id, l.line_no
            """, new { accountId }, tx).AsList();

    /// <summary>Every match of the account's statement lines, the undone ones too, so that a closed month sees those standing at its close.</summary>
    public static IReadOnlyList<MatchRow> Matches(DbTransaction tx, long accountId) =>
        tx.Connection!.Query<MatchRow>(
            """
            SELECT m.bank_line_id AS BankLineId, m.voucher_id AS VoucherId, m.line_no AS LineNo, m.matched_utc AS MatchedUtc, m.unmatched_utc AS UnmatchedUtc
            FROM bank_match m JOIN bank_line b ON b.id = m.bank_line_id
            WHERE b.account_id = @accountId
            ORDER BY m.id
            """, new { accountId }, tx).AsList();

    /// <summary>When the book's month was closed, or null while it is open.</summary>
    public static string? ClosedUtc(DbTransaction tx, long bookId, int month) =>
        tx.Connection!.QuerySingleOrDefault<string?>(
            "SELECT closed_utc FROM period_close WHERE book_id = @bookId AND month = @month", new { bookId, month }, tx);

    public static void Match(DbTransaction tx, long bankLineId, long voucherId, long lineNo, string how, long userId, DateTimeOffset nowUtc) =>
        tx.Connection!.Execute(
            """
            INSERT INTO bank_match (bank_line_id, voucher_id, line_no, how, matched_by, matched_utc)
            VALUES (@bankLineId, @voucherId, @lineNo, @how, @userId, @now)
            """, new { bankLineId, voucherId, lineNo, how, userId, now = StoredTime.Format(nowUtc) }, tx);

    /// <returns>Whether a standing match was undone.</returns>
    public static bool Unmatch(DbTransaction tx, long bankLineId, long userId, DateTimeOffset nowUtc) =>
        tx.Connection!.Execute(
            "UPDATE bank_match SET unmatched_by = @userId, unmatched_utc = @now WHERE bank_line_id = @bankLineId AND unmatched_utc IS NULL",
            new { bankLineId, userId, now = StoredTime.Format(nowUtc) }, tx) == 1;

    /// <summary>The account a statement line belongs to, or null for an unknown line.</summary>
    public static long? AccountOfLine(DbTransaction tx, long bankLineId) =>
        tx.Connection!.QuerySingleOrDefault<long?>("SELECT account_id FROM bank_line WHERE id = @bankLineId", new { bankLineId }, tx);

    /// <summary>Every bank account (a leaf under 102) of every book that has a statement line.</summary>
    public static IReadOnlyList<long> AccountsWithStatements(DbTransaction tx) =>
        tx.Connection!.Query<long>("SELECT DISTINCT account_id FROM bank_line", transaction: tx).AsList();
}
