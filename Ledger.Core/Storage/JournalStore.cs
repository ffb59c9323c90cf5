using System.Data.Common;
using Dapper;
using Ledger.Core.Vouchers;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>The posted lines, streamed in journal order, for exports.</summary>
internal static class JournalStore
{
    public sealed class Line
    {
        public long VoucherId { get; init; }
        public string VillageCode { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Date { get; init; } = "";
        public long Month { get; init; }
        public long Number { get; init; }
        public string Word { get; init; } = VoucherNumber.ClassPrefix;
        public long WordNumber { get; init; }
        public string Summary { get; init; } = "";
        public string Code { get; init; } = "";
        public long DebitFen { get; init; }
        public long CreditFen { get; init; }
    }

    /// <summary>Unbuffered: memory stays flat however many vouchers the store holds.</summary>
    public static IEnumerable<Line> PostedLines(DbTransaction tx, long? bookId) =>
        tx.Connection!.Query<Line>(
            """
            SELECT v.id AS VoucherId, vi.code AS VillageCode, b.kind, v.date, v.month, v.number, v.word, v.word_number AS WordNumber, v.summary,
                   a.code, l.debit_fen AS DebitFen, l.credit_fen AS CreditFen
            FROM voucher v
            JOIN book b ON b.id = v.book_id
            JOIN village vi ON vi.id = b.village_id
            JOIN voucher_line l ON l.voucher_id = v.id
            JOIN account a ON a.id = l.account_id
            WHERE v.is_posted AND (@bookId IS NULL OR v.book_id = @bookId)
            ORDER BY vi.code, b.kind DESC, v.month, v.number, l.line_no
            """, new { bookId }, tx, buffered: false);
}
