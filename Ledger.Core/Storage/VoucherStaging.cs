using System.Data.Common;
using Ledger.Core.Accounts;
using Ledger.Core.Periods;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;
using Ledger.Core.Storage.Postgres;
using Npgsql;
using NpgsqlTypes;

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
    private readonly bool _dryRun;
    private readonly RawStatement _voucher;
    private readonly RawStatement _line;
    private readonly VoucherIds _ids;
    private int _staged;

    /// <param name="findDuplicates">Whether each chunk is checked for vouchers already in their book.</param>
    /// <param name="dryRun">Whether everything written is rolled back after the checks, so that ids are only provisional.</param>
    public VoucherStaging(DbTransaction tx, long importId, User preparer, DateTimeOffset nowUtc, bool findDuplicates, bool dryRun = false)
    {
        _dryRun = dryRun;
        _tx = tx;
        _importId = importId;
        _preparer = preparer;
        _preparedUtc = StoredTime.Format(nowUtc);
        _findDuplicates = findDuplicates;
        var connection = tx.Connection!;
        // The stage lives in the connection's TEMP schema, created inside the database transaction: a rollback takes
        // it away, and a connection that imports again finds it and empties it.
        // SQLite's INTEGER PRIMARY KEY is the table's own rowid; PostgreSQL's INTEGER is 32 bits, and ids are 64.
        Run(Dialect.Pick(tx, sqlite: """
            CREATE TEMP TABLE IF NOT EXISTS stage_voucher (id INTEGER PRIMARY KEY, book_id BIGINT, date TEXT, month BIGINT,
                summary TEXT, source_ref TEXT, attachment_count BIGINT, total_fen BIGINT, resolution_ref TEXT, first_row BIGINT)
            """, postgres: """
            CREATE TEMP TABLE IF NOT EXISTS stage_voucher (id BIGINT PRIMARY KEY, book_id BIGINT, date TEXT, month BIGINT,
                summary TEXT, source_ref TEXT, attachment_count BIGINT, total_fen BIGINT, resolution_ref TEXT, first_row BIGINT)
            """));
        Run("""
            CREATE TEMP TABLE IF NOT EXISTS stage_line (voucher_id BIGINT, line_no BIGINT, account_id BIGINT,
                debit_fen BIGINT, credit_fen BIGINT, counterparty TEXT, project TEXT)
            """);
        Empty();
        _ids = new VoucherIds(connection);
        // On PostgreSQL the stage is filled by one binary COPY per chunk and table, the bulk path the server is made for.
        var postgres = connection as NpgsqlConnection;
        _voucher = postgres is not null
            ? new PostgresCopy(postgres, "stage_voucher", [("id", NpgsqlDbType.Bigint), ("book_id", NpgsqlDbType.Bigint), ("date", NpgsqlDbType.Text), ("month", NpgsqlDbType.Bigint), ("summary", NpgsqlDbType.Text),
                ("source_ref", NpgsqlDbType.Text), ("attachment_count", NpgsqlDbType.Bigint), ("total_fen", NpgsqlDbType.Bigint), ("resolution_ref", NpgsqlDbType.Text), ("first_row", NpgsqlDbType.Bigint)])
            : RawStatement.Prepare(connection, """
                INSERT INTO stage_voucher (id, book_id, date, month, summary, source_ref, attachment_count, total_fen, resolution_ref, first_row)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                """);
        _line = postgres is not null
            ? new PostgresCopy(postgres, "stage_line", [("voucher_id", NpgsqlDbType.Bigint), ("line_no", NpgsqlDbType.Bigint), ("account_id", NpgsqlDbType.Bigint), ("debit_fen", NpgsqlDbType.Bigint),
                ("credit_fen", NpgsqlDbType.Bigint), ("counterparty", NpgsqlDbType.Text), ("project", NpgsqlDbType.Text)])
            : RawStatement.Prepare(connection, $"INSERT INTO stage_line ({VoucherWriter.LineColumns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    }

    /// <summary>A staged voucher found already in its book: its first row in the file and the voucher there.</summary>
    public sealed record Duplicate(int FirstRow, string SourceRef, string Date, long ExistingId);

    /// <summary>
    /// Stages a submitted voucher read from row <paramref name="firstRow"/>; every account must be in
    /// <paramref name="accountIds"/>. Returns the duplicates found when this voucher completed a chunk.
    /// </summary>
    public IReadOnlyList<Duplicate> Add(long bookId, VoucherDraft draft, int firstRow, IReadOnlyDictionary<AccountCode, long> accountIds, bool write)
    {
        var id = write && !_dryRun ? _ids.Next() : _ids.Provisional();
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
        _voucher.SendPending();
        _line.SendPending();
        var duplicates = _findDuplicates
            ? RawStatement.Query(_tx, """
                SELECT s.first_row, s.source_ref, s.date, min(v.id)
                FROM stage_voucher s JOIN voucher_content v
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
            Run(Dialect.Pick(_tx, InsertStagedLines, InsertStagedLinesPostgres));
        }
        Empty();
        return duplicates;
    }

    /// <summary>An import's vouchers are normal and submitted, and reverse nothing.</summary>
    private const string InsertStagedVouchers = $"""
        INSERT INTO voucher_content ({VoucherWriter.VoucherColumns})
        SELECT id, book_id, date, month, summary, source_ref, attachment_count, 'normal', NULL,
               'submitted', total_fen, ?1, ?2, ?3, resolution_ref
        FROM stage_voucher ORDER BY id
        """;

    private const string InsertStagedLines = $"""
        INSERT INTO voucher_line ({VoucherWriter.LineColumns})
        SELECT {VoucherWriter.LineColumns} FROM stage_line ORDER BY rowid
        """;

    /// <summary>PostgreSQL has no rowid, and its tables keep no order: the lines go in by their key.</summary>
    private const string InsertStagedLinesPostgres = $"""
        INSERT INTO voucher_line ({VoucherWriter.LineColumns})
        SELECT {VoucherWriter.LineColumns} FROM stage_line ORDER BY voucher_id, line_no
        """;

    public void Dispose()
    {
        _voucher.Dispose();
        _line.Dispose();
        _ids.Dispose();
    }

    private void Empty()
    {
        Run("DELETE FROM stage_voucher");
        Run("DELETE FROM stage_line");
        _staged = 0;
    }

    private void Run(string sql, params ReadOnlySpan<object?> values)
    {
        using var statement = RawStatement.Prepare(_tx.Connection!, sql);
        statement.Bind(values).Execute();
    }
}
