using System.Data.Common;
using Dapper;
using Ledger.Core.Vouchers;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>What approving needs from the store, loaded a month at a time, and the approvals themselves.</summary>
internal static class ApprovalStore
{
    public sealed class VoucherRow
    {
        public long Id { get; init; }
        public long BookId { get; init; }
        public string Date { get; init; } = "";
        public string Summary { get; init; } = "";
        public VoucherStatus Status { get; init; }
        public long PreparedBy { get; init; }
        public string? ResolutionRef { get; init; }
        public long TotalFen { get; init; }
        public long? LinkedId { get; init; }
    }

    public sealed class LineRow
    {
        public long VoucherId { get; init; }
        public long AccountId { get; init; }
        public long DebitFen { get; init; }
        public long CreditFen { get; init; }
    }

    public sealed class ApprovalRow
    {
        public long VoucherId { get; init; }
        public long UserId { get; init; }
        public string UserName { get; init; } = "";
        public string Role { get; init; } = "";
    }

    // One column list and one reader for a voucher row, shared by the month's list and the single lookup.
    private const string VoucherColumns = "v.id, v.book_id, v.date, v.summary, v.status, v.prepared_by, v.resolution_ref, v.total_fen, v.linked_id";

    /// <summary>Submitted vouchers of one month in the given books, in date order.</summary>
    public static IReadOnlyList<VoucherRow> Submitted(DbTransaction tx, int month, IReadOnlyCollection<long> bookIds) =>
        RawStatement.Query(tx, $"""
            SELECT {VoucherColumns}
            FROM voucher v
            WHERE v.state = 'submitted' AND NOT v.is_cleared AND NOT v.is_posted AND v.month = ?1 AND v.book_id IN (SELECT value FROM json_each(?2))
            ORDER BY v.date, v.id
            """, [month, JsonRows.Of(bookIds)], ReadVoucher).ToList();

    public static VoucherRow? Find(DbTransaction tx, long id) =>
        RawStatement.Query(tx, $"SELECT {VoucherColumns} FROM voucher v WHERE v.id = ?1", [id], ReadVoucher).SingleOrDefault();

    private static VoucherRow ReadVoucher(RawStatement row) => new()
    {
        Id = row.Int64(0), BookId = row.Int64(1), Date = row.Text(2), Summary = row.Text(3), Status = VoucherStore.ParseStatus(row.Text(4)),
        PreparedBy = row.Int64(5), ResolutionRef = row.TextOrNull(6), TotalFen = row.Int64(7), LinkedId = row.Int64OrNull(8),
    };

    /// <summary>The lines of the month's submitted vouchers, in one query.</summary>
    public static ILookup<long, LineRow> SubmittedLines(DbTransaction tx, int month, IReadOnlyCollection<long> bookIds) =>
        RawStatement.Query(tx, """
            SELECT l.voucher_id, l.account_id, l.debit_fen, l.credit_fen
            FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id
           
            WHERE v.state = 'submitted' AND NOT v.is_cleared AND NOT v.is_posted AND v.month = ?1 AND v.book_id IN (SELECT value FROM json_each(?2))
            ORDER BY l.voucher_id, l.line_no
            """, [month, JsonRows.Of(bookIds)], row => new LineRow { VoucherId = row.Int64(0), AccountId = row.Int64(1), DebitFen = row.Int64(2), CreditFen = row.Int64(3) })
            .ToLookup(l => l.VoucherId);

    /// <summary>The approvals the month's submitted vouchers hold, in one query.</summary>
    public static ILookup<long, ApprovalRow> SubmittedApprovals(DbTransaction tx, int month, IReadOnlyCollection<long> bookIds) =>
        RawStatement.Query(tx, """
            SELECT a.voucher_id, a.user_id, u.name, a.role
            FROM voucher v JOIN voucher_approval a ON a.voucher_id = v.id JOIN app_user u ON u.id = a.user_id
           
            WHERE v.state = 'submitted' AND NOT v.is_cleared AND NOT v.is_posted AND v.month = ?1 AND v.book_id IN (SELECT value FROM json_each(?2))
            """, [month, JsonRows.Of(bookIds)], row => new ApprovalRow { VoucherId = row.Int64(0), UserId = row.Int64(1), UserName = row.Text(2), Role = row.Text(3) })
            .ToLookup(a => a.VoucherId);

    public static ILookup<long, LineRow> Lines(DbTransaction tx, IReadOnlyCollection<long> voucherIds) =>
        Chunks(voucherIds).SelectMany(chunk => tx.Connection!.Query<LineRow>(
            """
            SELECT voucher_id AS VoucherId, account_id AS AccountId, debit_fen AS DebitFen, credit_fen AS CreditFen
            FROM voucher_line WHERE voucher_id IN (SELECT value FROM json_each(@chunk)) ORDER BY voucher_id, line_no
            """, new { chunk = JsonRows.Of(chunk) }, tx)).ToLookup(l => l.VoucherId);

    public static ILookup<long, ApprovalRow> Approvals(DbTransaction tx, IReadOnlyCollection<long> voucherIds) =>
        Chunks(voucherIds).SelectMany(chunk => tx.Connection!.Query<ApprovalRow>(
            """
            SELECT a.voucher_id AS VoucherId, a.user_id AS UserId, u.name AS UserName, a.role
            FROM voucher_approval a JOIN app_user u ON u.id = a.user_id WHERE a.voucher_id IN (SELECT value FROM json_each(@chunk))
            """, new { chunk = JsonRows.Of(chunk) }, tx)).ToLookup(a => a.VoucherId);

    /// <summary>Forgets a voucher's approvals, as editing it requires; the history keeps them.</summary>
    public static void Clear(DbTransaction tx, long voucherId) =>
        tx.Connection!.Execute("DELETE FROM voucher_approval WHERE voucher_id = @voucherId", new { voucherId }, tx);

    private static IEnumerable<long[]> Chunks(IReadOnlyCollection<long> ids) => ids.Chunk(500);
}
