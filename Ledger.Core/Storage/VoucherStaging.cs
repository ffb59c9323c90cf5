using System.Data.Common;
using Ledger.Core.Accounts;
using Ledger.Core.Periods;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>
/// Writes an import's vouchers in chunks: each voucher and its lines go first into two TEMP tables with no
/// constraint, index or trigger, and every <see cref="VouchersPerChunkMax"/> vouchers one INSERT … SELECT per table
/// moves them into the store. Every constraint, foreign key and trigger of the store still checks every row; what
/// the chunks save is SQLite's per-statement work (a statement journal and trigger program for each single-row
/// insert), which cost more than the rows themselves. A chunk keeps memory flat whatever the file's size.
/// </summary>
internal sealed class VoucherStaging : IDisposable
{
    /// <summary>Large enough that per-statement costs vanish, small enough to stay a few megabytes.</summary>
    public const int VouchersPerChunkMax = 4096;

    private readonly DbTransaction _tx;
    private readonly long _importId;
    private readonly User _preparer;
    private readonly string _preparedUtc;
    private readonly bool _findDuplicates;
    private readonly RawStatement _voucher;
    private readonly RawStatement _line;
    private long _nextId;
    private int _staged;

    /// <param name="findDuplicates">Whether each chunk is checked for vouchers already in their book.</param>
    public VoucherStaging(DbTransaction tx, long importId, User preparer, DateTimeOffset nowUtc, bool findDuplicates)
    {
        _tx = tx;
        _importId = importId;
        _preparer = preparer;
        _preparedUtc = StoredTime.Format(nowUtc);
        _findDuplicates = findDuplicates;
        var connection = tx.Connection!;
        // The stage lives in the connection's TEMP schema, created inside the database transaction: a rollback takes
        // it away, and a connection that imports again finds it and empties it.
        Run("""
            CREATE TEMP TABLE IF NOT EXISTS stage_voucher (id INTEGER PRIMARY KEY, book_id INTEGER, date TEXT, month INTEGER,
                summary TEXT, source_ref TEXT, attachment_count INTEGER, total_fen INTEGER, resolution_ref TEXT, first_row INTEGER)
            """);
        Run("""
            CREATE TEMP TABLE IF NOT EXISTS stage_line (voucher_id INTEGER, line_no INTEGER, account_id INTEGER,
                debit_fen INTEGER, credit_fen INTEGER, counterparty TEXT, project TEXT)
            """);
        Empty();
        _nextId = VoucherWriter.NextId(connection);
        _voucher = new RawStatement(connection, """
            INSERT INTO temp.stage_voucher (id, book_id, date, month, summary, source_ref, attachment_count, total_fen, resolution_ref, first_row)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            """);
        _line = new RawStatement(connection, $"INSERT INTO temp.stage_line ({VoucherWriter.LineColumns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    }

    /// <summary>A staged voucher found already in its book: its first row in the file and the voucher there.</summary>
    public sealed record Duplicate(int FirstRow, string SourceRef, string Date, long ExistingId);

    /// <summary>
    /// Stages a submitted voucher read from row <paramref name="firstRow"/>; every account must be in
    /// <paramref name="accountIds"/>. Returns the duplicates found when this voucher completed a chunk.
    /// </summary>
    public IReadOnlyList<Duplicate> Add(long bookId, VoucherDraft draft, int firstRow, IReadOnlyDictionary<AccountCode, long> accountIds, bool write)
    {
        var id = _nextId++;
        _voucher.Reset().Set(1, id).Set(2, bookId).Set(3, StoredTime.Format(draft.Date)).Set(4, Month.Of(draft.Date).Key)
            .Set(5, draft.Summary.Trim()).Set(6, draft.SourceRef).Set(7, draft.AttachmentCount).Set(8, draft.Lines.Sum(l => l.Debit.Fen))
            .Set(9, VoucherWriter.Blank(draft.Resolution)).Set(10, firstRow).Execute();
        VoucherWriter.WriteLines(_line, id, draft.Lines, accountIds);
        return ++_staged >= VouchersPerChunkMax ? Flush(write) : [];
    }

    /// <summary>
    /// Checks the staged chunk for vouchers already in their books (the same book, date, reference and amount, not
    /// rejected) and, when <paramref name="write"/> and none is found, moves it into the store. Either way the
    /// stage is emptied.
    /// </summary>
    public IReadOnlyList<Duplicate> Flush(bool write)
    {
        if (_staged == 0)
        {
            return [];
        }
        var duplicates = _findDuplicates
            ? RawStatement.Query(_tx, """
                SELECT s.first_row, s.source_ref, s.date, min(v.id)
                FROM temp.stage_voucher s JOIN voucher_content v
                  ON v.book_id = s.book_id AND v.source_ref = s.source_ref AND v.date = s.date AND v.total_fen = s.total_fen
                 AND v.state <> 'rejected'
                GROUP BY s.id ORDER BY s.id
                """, [], row => new Duplicate((int)row.Int64(0), row.Text(1), row.Text(2), row.Int64(3))).ToList()
            : [];
        if (write && duplicates.Count == 0)
        {
            Run(InsertStagedVouchers, _preparer.Id, _preparedUtc, _importId);
            // Lines are staged voucher by voucher in line order, so the stage's rowid order is the store's key order:
            // the B-tree is filled by appending, and SQLite need not sort the chunk (a tenth of a second per 250,000
            // lines) to get there.
            Run(InsertStagedLines);
        }
        Empty();
        return duplicates;
    }

    /// <summary>An import's vouchers are normal and submitted, and reverse nothing.</summary>
    private const string InsertStagedVouchers = $"""
        INSERT INTO voucher_content ({VoucherWriter.VoucherColumns})
        SELECT id, book_id, date, month, summary, source_ref, attachment_count, 'normal', NULL,
               'submitted', total_fen, ?1, ?2, ?3, resolution_ref
        FROM temp.stage_voucher ORDER BY id
        """;

    private const string InsertStagedLines = $"""
        INSERT INTO voucher_line ({VoucherWriter.LineColumns})
        SELECT {VoucherWriter.LineColumns} FROM temp.stage_line ORDER BY rowid
        """;

    public void Dispose()
    {
        _voucher.Dispose();
        _line.Dispose();
    }

    private void Empty()
    {
        Run("DELETE FROM temp.stage_voucher");
        Run("DELETE FROM temp.stage_line");
        _staged = 0;
    }

    private void Run(string sql, params ReadOnlySpan<object?> values)
    {
        using var statement = new RawStatement(_tx.Connection!, sql);
        statement.Bind(values).Execute();
    }
}
