using System.Data.Common;
using Ledger.Core.Accounts;
using Ledger.Core.Periods;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>
/// Writes vouchers and their lines with statements prepared once per database
/// transaction, so that an import of a hundred thousand vouchers costs one parse of each statement. It owns the
/// column lists of voucher and voucher_line and how a draft's values fill them: the import's staging and the
/// correction of an unposted voucher write through the same texts and the same binding.
/// </summary>
internal sealed class VoucherWriter : IDisposable
{
    /// <summary>The columns every voucher insert names, in this order.</summary>
    public const string VoucherColumns = """
        id, book_id, date, month, summary, source_ref, attachment_count, kind, reversal_of,
        state, total_fen, prepared_by, prepared_utc, import_id, resolution_ref
        """;

    /// <summary>The columns every voucher line insert names, in this order; the import's stage table has the same.</summary>
    public const string LineColumns = "voucher_id, line_no, account_id, debit_fen, credit_fen, counterparty, project";

    private const string InsertVoucher = $"""
        INSERT INTO voucher_content ({VoucherColumns})
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'submitted', ?10, ?11, ?12, ?13, ?14)
        """;

    private const string InsertLine = $"INSERT INTO voucher_line ({LineColumns}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

    private readonly RawStatement _voucher;
    private readonly RawStatement _line;
    private readonly RawStatement _clearance;
    private readonly UnitOfWork _work;
    private readonly VoucherIds _ids;

    public VoucherWriter(UnitOfWork tx)
    {
        _work = tx;
        var connection = tx.Transaction.Connection!;
        _ids = new VoucherIds(connection);
        _voucher = RawStatement.Prepare(connection, InsertVoucher);
        _line = RawStatement.Prepare(connection, InsertLine);
        _clearance = RawStatement.Prepare(connection, "INSERT INTO voucher_clearance (voucher_id, cleared_utc) VALUES (?1, ?2)");
    }

    /// <summary>
    /// Inserts a voucher and its lines; every account must be in <paramref name="accountIds"/>. A voucher written as
    /// approved (one whose approvals were given elsewhere, or one the engine posts at once) is cleared with it.
    /// </summary>
    public long Insert(long bookId, VoucherDraft draft, VoucherKind kind, VoucherStatus status, long? reversalOf,
        IReadOnlyDictionary<AccountCode, long> accountIds, User preparer, DateTimeOffset nowUtc, long? importId = null)
    {
        Invariant.That(status is VoucherStatus.Submitted or VoucherStatus.Approved, $"A voucher is written submitted or approved, not {status}.");
        var id = _ids.Next();
        _voucher.Reset().Set(1, id).Set(2, bookId).Set(3, StoredTime.Format(draft.Date)).Set(4, Month.Of(draft.Date).Key)
            .Set(5, draft.Summary.Trim()).Set(6, draft.SourceRef).Set(7, draft.AttachmentCount).Set(8, kind.Key())
            .Set(9, reversalOf).Set(10, draft.Lines.Sum(l => l.Debit.Fen)).Set(11, preparer.Id)
            .Set(12, StoredTime.Format(nowUtc)).Set(13, importId).Set(14, Blank(draft.Resolution)).Execute();
        WriteLines(_line, id, draft.Lines, accountIds);
        if (status == VoucherStatus.Approved)
        {
            _clearance.Reset().Set(1, id).Set(2, StoredTime.Format(nowUtc)).Execute();
            _work.AddSignable([new SignableRecord(SignableRecord.Clear, id, "", StoredTime.Format(nowUtc))]);
        }
        return id;
    }

    /// <summary>Inserts the lines of a voucher already in the store, as a correction that replaces them needs.</summary>
    public static void InsertLines(DbTransaction tx, long voucherId, IReadOnlyList<VoucherLine> lines, IReadOnlyDictionary<AccountCode, long> accountIds)
    {
        using var statement = RawStatement.Prepare(tx.Connection!, InsertLine);
        WriteLines(statement, voucherId, lines, accountIds);
    }

    /// <summary>
    /// Runs <paramref name="statement"/>, an insert that names <see cref="LineColumns"/> as ?1 to ?7, once per line,
    /// numbering the lines from 1; every account must be in <paramref name="accountIds"/>.
    /// </summary>
    public static void WriteLines(RawStatement statement, long voucherId, IReadOnlyList<VoucherLine> lines, IReadOnlyDictionary<AccountCode, long> accountIds)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            statement.Reset().Set(1, voucherId).Set(2, i + 1).Set(3, accountIds[line.Account]).Set(4, line.Debit.Fen).Set(5, line.Credit.Fen)
                .Set(6, Blank(line.Counterparty)).Set(7, Blank(line.Project)).Execute();
        }
    }

    public void Dispose()
    {
        _voucher.Dispose();
        _line.Dispose();
        _clearance.Dispose();
        _ids.Dispose();
    }

    /// <summary>Null for an empty or blank text, else the text trimmed, as the store keeps optional texts.</summary>
    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
