using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>The signatures over approvals and postings, and what verify reads to check them.</summary>
internal static class SignatureStore
{
    public sealed class SignatureRow
    {
        public long Id { get; init; }
        public long UserId { get; init; }
        public string UserName { get; init; } = "";
        public long KeyId { get; init; }
        public string SignedUtc { get; init; } = "";
        public string Items { get; init; } = "";
        public byte[] Signature { get; init; } = [];
    }

    /// <summary>One line of a voucher's content, with its header repeated, as its content hash reads it.</summary>
    public sealed class ContentRow
    {
        public long VoucherId { get; init; }
        public long BookId { get; init; }
        public string Kind { get; init; } = "";
        public string Date { get; init; } = "";
        public string Summary { get; init; } = "";
        public string? SourceRef { get; init; }
        public long AttachmentCount { get; init; }
        public long? ReversalOf { get; init; }
        public long PreparedBy { get; init; }
        public long TotalFen { get; init; }
        public long LineNo { get; init; }
        public long AccountId { get; init; }
        public long DebitFen { get; init; }
        public long CreditFen { get; init; }
        public string? Counterparty { get; init; }
        public string? Project { get; init; }
    }

    /// <summary>An approval or posting record as it stands in the store, with its actor.</summary>
    public sealed class RecordRow
    {
        public string Action { get; init; } = "";
        public long VoucherId { get; init; }
        public long UserId { get; init; }
        public string UserName { get; init; } = "";
        public string UserRole { get; init; } = "";
        public string Detail { get; init; } = "";
        public string AtUtc { get; init; } = "";
    }

    public static void Insert(DbTransaction tx, long userId, long keyId, string signedUtc, string items, byte[] signature) =>
        tx.Connection!.Execute(
            "INSERT INTO action_signature (user_id, key_id, signed_utc, items, signature) VALUES (@userId, @keyId, @signedUtc, @items, @signature)",
            new { userId, keyId, signedUtc, items, signature }, tx);

    public static IEnumerable<SignatureRow> All(DbTransaction tx) =>
        tx.Connection!.Query<SignatureRow>(
            """
            SELECT s.id, s.user_id AS UserId, u.name AS UserName, s.key_id AS KeyId, s.signed_utc AS SignedUtc, s.items, s.signature
            FROM action_signature s JOIN app_user u ON u.id = s.user_id ORDER BY s.id
            """, transaction: tx, buffered: false);

    private const string ContentSelect = """
        SELECT v.id, v.book_id, v.kind, v.date, v.summary, v.source_ref, v.attachment_count, v.reversal_of, v.prepared_by, v.total_fen,
               l.line_no, l.account_id, l.debit_fen, l.credit_fen, l.counterparty, l.project
        FROM voucher_content v JOIN voucher_line l ON l.voucher_id = v.id
        """;

    /// <summary>The content of the given vouchers, by voucher and line.</summary>
    /// <remarks>
    /// Read through <see cref="RawStatement"/>: signing a month's approval run reads every approved voucher's lines, and
    /// Dapper's per-column cost was half of what signing added to the run.
    /// </remarks>
    public static IReadOnlyList<ContentRow> Content(DbTransaction tx, IReadOnlyCollection<long> voucherIds) =>
        RawStatement.Query(tx, ContentSelect + " WHERE v.id IN (SELECT value FROM json_each(?1)) ORDER BY v.id, l.line_no", [JsonRows.Of(voucherIds)], ReadContent).ToList();

    /// <summary>The content of every voucher that has an approval, a clearance or a posting, by voucher and line, read as it comes.</summary>
    public static IEnumerable<ContentRow> ApprovedOrPostedContent(DbTransaction tx) =>
        RawStatement.Query(tx, ContentSelect + """
             WHERE EXISTS (SELECT 1 FROM voucher_posting p WHERE p.voucher_id = v.id)
                OR EXISTS (SELECT 1 FROM voucher_approval ap WHERE ap.voucher_id = v.id)
                OR EXISTS (SELECT 1 FROM voucher_clearance k WHERE k.voucher_id = v.id)
            ORDER BY v.id, l.line_no
            """, [], ReadContent);

    private static ContentRow ReadContent(RawStatement row) => new()
    {
        VoucherId = row.Int64(0), BookId = row.Int64(1), Kind = row.Text(2), Date = row.Text(3), Summary = row.Text(4), SourceRef = row.TextOrNull(5),
        AttachmentCount = row.Int64(6), ReversalOf = row.Int64OrNull(7), PreparedBy = row.Int64(8), TotalFen = row.Int64(9), LineNo = row.Int64(10),
        AccountId = row.Int64(11), DebitFen = row.Int64(12), CreditFen = row.Int64(13), Counterparty = row.TextOrNull(14), Project = row.TextOrNull(15),
    };

    /// <summary>Every approval, clearance and posting record, in the shape a signature lists them, in voucher order, read as it comes.</summary>
    public static IEnumerable<RecordRow> Records(DbTransaction tx) =>
        RawStatement.Query(tx, """
            SELECT action, voucher_id, user_id, user_name, user_role, detail, at_utc FROM (
                SELECT 'approve' AS action, a.voucher_id, a.user_id, u.name AS user_name, u.role AS user_role, a.role AS detail, a.at_utc
                FROM voucher_approval a JOIN app_user u ON u.id = a.user_id
                UNION ALL
                SELECT 'post', p.voucher_id, p.posted_by, u.name, u.role, p.word || '-' || p.word_number || '/' || p.number, p.posted_utc
                FROM voucher_posting p JOIN app_user u ON u.id = p.posted_by
                UNION ALL
                SELECT 'clear', k.voucher_id, 0, '', '', '', k.cleared_utc
                FROM voucher_clearance k JOIN voucher_content v ON v.id = k.voucher_id WHERE v.kind = 'normal') AS record
            -- A voucher's approvals, then its posting, then its clearance, each in time order: one order on both stores,
            -- where a sort by voucher alone leaves ties to the engine.
            ORDER BY voucher_id, CASE action WHEN 'approve' THEN 0 WHEN 'post' THEN 1 ELSE 2 END, at_utc, user_id
            """, [], row => new RecordRow
        {
            Action = row.Text(0), VoucherId = row.Int64(1), UserId = row.Int64(2), UserName = row.Text(3), UserRole = row.Text(4), Detail = row.Text(5), AtUtc = row.Text(6),
        });
}
