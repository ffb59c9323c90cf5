using System.Data.Common;
using Dapper;
using Ledger.Core.Vouchers;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>The hash chain over posted vouchers, and the canonical content it is computed from.</summary>
internal static class SealStore
{
    public sealed class ContentLine
    {
        public long VoucherId { get; init; }
        public long BookId { get; init; }
        public VoucherKind Kind { get; init; }
        public long Month { get; init; }
        public long Number { get; init; }
        public string Date { get; init; } = "";
        public string Summary { get; init; } = "";
        public string? SourceRef { get; init; }
        public long? ReversalOf { get; init; }
        public long PostedBy { get; init; }
        public long LineNo { get; init; }
        public string Code { get; init; } = "";
        public long DebitFen { get; init; }
        public long CreditFen { get; init; }
        public string? Counterparty { get; init; }
        public string? Project { get; init; }
        public string Word { get; init; } = VoucherNumber.ClassPrefix;
        public long WordNumber { get; init; }
    }

    public sealed class Seal
    {
        public long VoucherId { get; init; }
        public long BookId { get; init; }
        public long Seq { get; init; }
        public string PrevHash { get; init; } = "";
        public string Hash { get; init; } = "";
    }

    private const string ContentSelect = """
        SELECT v.id AS VoucherId, v.book_id AS BookId, v.kind, v.month, coalesce(v.number, 0) AS Number, v.date, v.summary,
               v.source_ref AS SourceRef, v.reversal_of AS ReversalOf, coalesce(v.posted_by, 0) AS PostedBy,
               l.line_no AS LineNo,
               -- The code the account had when the voucher was sealed: a 科目升级 since then re-keyed it.
               coalesce((SELECT k.old_code FROM account_rekey k JOIN voucher_seal s ON s.voucher_id = v.id
                         WHERE k.account_id = a.id AND k.sealed_through >= s.seq ORDER BY k.id LIMIT 1), a.code) AS code,
               l.debit_fen AS DebitFen, l.credit_fen AS CreditFen, l.counterparty, l.project,
               coalesce(v.word, '记') AS Word, coalesce(v.word_number, 0) AS WordNumber
        FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id JOIN account a ON a.id = l.account_id
        """;

    /// <summary>Content of the given vouchers, in the order they join their book's chain.</summary>
    public static IReadOnlyList<ContentLine> Content(DbTransaction tx, IReadOnlyCollection<long> voucherIds) =>
        voucherIds.Chunk(500).SelectMany(chunk => tx.Connection!.Query<ContentLine>(
            ContentSelect + """

            WHERE v.id IN (SELECT value FROM json_each(@chunk))
            """, new { chunk = JsonRows.Of(chunk) }, tx))
            .OrderBy(l => l.BookId).ThenBy(l => l.Month).ThenBy(l => l.Number).ThenBy(l => l.LineNo)
            .ToList();

    /// <summary>Content of every voucher that is posted, reversed or sealed, by book and chain order (unsealed last).</summary>
    public static IEnumerable<ContentLine> AllSealedOrPosted(DbTransaction tx, long? bookId) =>
        RawStatement.Query(tx, ContentSelect + """

            LEFT JOIN voucher_seal s ON s.voucher_id = v.id
            WHERE (s.voucher_id IS NOT NULL OR v.is_posted) AND (?2 = 0 OR v.book_id = ?1)
            ORDER BY v.book_id, s.seq IS NULL, s.seq, v.id, l.line_no
            """, [bookId ?? 0, bookId is null ? 0 : 1], ReadContent);

    /// <summary>
    /// Per voucher, its approvals as "role:user", for the content hash. The ids are bound as one JSON array: a posting
    /// run asks for a month's vouchers at once.
    /// </summary>
    public static ILookup<long, string> Approvals(DbTransaction tx, IReadOnlyCollection<long> voucherIds) =>
        RawStatement.Query(tx, """
            SELECT e.voucher_id, e.role || ':' || e.user_id
            FROM json_each(?1) j JOIN voucher_event e ON e.voucher_id = j.value
            WHERE e.action = 'approved' ORDER BY e.voucher_id, e.id
            """, [JsonRows.Of(voucherIds)], row => (VoucherId: row.Int64(0), Approval: row.Text(1))).ToLookup(r => r.VoucherId, r => r.Approval);

    public static Dictionary<long, Seal> Seals(DbTransaction tx, long? bookId) =>
        tx.Connection!.Query<Seal>(
            "SELECT voucher_id AS VoucherId, book_id AS BookId, seq, prev_hash AS PrevHash, hash FROM voucher_seal WHERE @bookId IS NULL OR book_id = @bookId",
            new { bookId }, tx).ToDictionary(s => s.VoucherId);

    /// <summary>
    /// The head of one book's chain, or null before its first seal: one step down the (book, seq) key, rather than
    /// a scan of every seal, which a posting run sealing village by village cannot afford.
    /// </summary>
    public static (long Seq, string Hash)? Head(DbTransaction tx, long bookId) =>
        RawStatement.Query(tx, "SELECT seq, hash FROM voucher_seal WHERE book_id = ?1 ORDER BY seq DESC LIMIT 1", [bookId],
            row => ((long Seq, string Hash)?)(row.Int64(0), row.Text(1))).FirstOrDefault();

    /// <summary>One row of <see cref="ContentSelect"/>, by column position.</summary>
    private static ContentLine ReadContent(RawStatement row) => new()
    {
        VoucherId = row.Int64(0), BookId = row.Int64(1), Kind = VoucherStore.ParseKind(row.Text(2)), Month = row.Int64(3), Number = row.Int64(4),
        Date = row.Text(5), Summary = row.Text(6), SourceRef = row.TextOrNull(7), ReversalOf = row.Int64OrNull(8),
        PostedBy = row.Int64(9), LineNo = row.Int64(10), Code = row.Text(11), DebitFen = row.Int64(12),
        CreditFen = row.Int64(13), Counterparty = row.TextOrNull(14), Project = row.TextOrNull(15),
        Word = row.Text(16), WordNumber = row.Int64(17),
    };

    /// <summary>Appends the seals in one statement, bound as one JSON array: a posting run seals a month at once.</summary>
    public static void Insert(DbTransaction tx, IReadOnlyCollection<Seal> seals)
    {
        // Ids and sequence numbers are integers and hashes lowercase hex, so the array needs no escaping.
        var rows = new System.Text.StringBuilder("[");
        foreach (var seal in seals)
        {
            rows.Append(rows.Length == 1 ? "[" : ",[").Append(seal.VoucherId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(',').Append(seal.BookId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(',').Append(seal.Seq.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(",\"").Append(seal.PrevHash).Append("\",\"").Append(seal.Hash).Append("\"]");
        }
        using var insert = RawStatement.Prepare(tx.Connection!, Dialect.Pick(tx, sqlite: """
            INSERT INTO voucher_seal (voucher_id, book_id, seq, prev_hash, hash)
            SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each(?1) ORDER BY key
            """, postgres: """
            INSERT INTO voucher_seal (voucher_id, book_id, seq, prev_hash, hash)
            SELECT (s.value ->> 0)::bigint, (s.value ->> 1)::bigint, (s.value ->> 2)::bigint, s.value ->> 3, s.value ->> 4
            FROM jsonb_array_elements(?1::jsonb) WITH ORDINALITY AS s (value, key) ORDER BY s.key
            """));
        insert.Reset().Set(1, rows.Append(']').ToString()).Execute();
    }

    /// <summary>Per book and month, the posted numbers, to check they run 1, 2, 3 … without a gap.</summary>
    public static IReadOnlyList<(long BookId, long Month, long Number, string Word, long WordNumber, long VoucherId)> Numbers(DbTransaction tx, long? bookId) =>
        tx.Connection!.Query<(long, long, long, string, long, long)>(
            """
            SELECT book_id, month, number, word, word_number, voucher_id FROM voucher_posting
            WHERE @bookId IS NULL OR book_id = @bookId ORDER BY book_id, month, number
            """, new { bookId }, tx).AsList();

    /// <summary>Vouchers posted into a month after that month was closed.</summary>
    public static IReadOnlyList<long> PostedAfterClose(DbTransaction tx, long? bookId) =>
        tx.Connection!.Query<long>(
            """
            SELECT v.id FROM voucher v JOIN period_close c ON c.book_id = v.book_id AND c.month = v.month
            WHERE v.posted_utc > c.closed_utc AND (@bookId IS NULL OR v.book_id = @bookId) ORDER BY v.id
            """, new { bookId }, tx).AsList();

    /// <summary>Accounts and months whose kept totals differ from the sums of their posted lines.</summary>
    public static IReadOnlyList<(long AccountId, long Month)> TotalsThatDisagree(DbTransaction tx, long? bookId) =>
        tx.Connection!.Query<(long, long)>(
            """
            WITH sums AS (
                SELECT l.account_id, v.month, sum(l.debit_fen) AS debit_fen, sum(l.credit_fen) AS credit_fen
                FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id
                WHERE v.is_posted AND (@bookId IS NULL OR v.book_id = @bookId)
                GROUP BY l.account_id, v.month)
            SELECT coalesce(s.account_id, t.account_id), coalesce(s.month, t.month)
            FROM sums s FULL OUTER JOIN (SELECT t.* FROM account_month_total t JOIN account a ON a.id = t.account_id
                                         WHERE @bookId IS NULL OR a.book_id = @bookId) t
              ON t.account_id = s.account_id AND t.month = s.month
            WHERE s.account_id IS NULL OR t.account_id IS NULL OR s.debit_fen <> t.debit_fen OR s.credit_fen <> t.credit_fen
            """, new { bookId }, tx).AsList();
}
