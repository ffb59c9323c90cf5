using Ledger.Core.Accounts;
using Ledger.Core.Periods;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>
/// Writes vouchers, their lines and their first history step with commands prepared once per database
/// transaction, so that an import of a hundred thousand vouchers costs one parse of each statement.
/// </summary>
internal sealed class VoucherWriter : IDisposable
{
    private readonly SqliteCommand _voucher;
    private readonly SqliteCommand _line;
    private readonly SqliteCommand _event;
    private readonly SqliteCommand _duplicate;

    public VoucherWriter(SqliteTransaction tx)
    {
        _voucher = Prepare(tx, """
            INSERT INTO voucher (book_id, date, month, summary, source_ref, attachment_count, kind, reversal_of,
                                 status, total_fen, prepared_by, prepared_utc, import_id)
            VALUES ($book, $date, $month, $summary, $sourceRef, $attachments, $kind, $reversalOf,
                    $status, $total, $preparedBy, $now, $import)
            RETURNING id
            """, "$book", "$date", "$month", "$summary", "$sourceRef", "$attachments", "$kind", "$reversalOf", "$status", "$total", "$preparedBy", "$now", "$import");
        _line = Prepare(tx, """
            INSERT INTO voucher_line (voucher_id, line_no, account_id, debit_fen, credit_fen, counterparty, project)
            VALUES ($voucher, $lineNo, $account, $debit, $credit, $counterparty, $project)
            """, "$voucher", "$lineNo", "$account", "$debit", "$credit", "$counterparty", "$project");
        _event = Prepare(tx, """
            INSERT INTO voucher_event (voucher_id, action, user_id, role, at_utc, reason)
            VALUES ($voucher, $action, $user, $role, $now, $reason)
            """, "$voucher", "$action", "$user", "$role", "$now", "$reason");
        _duplicate = Prepare(tx, """
            SELECT id FROM voucher
            WHERE book_id = $book AND source_ref = $sourceRef AND date = $date AND total_fen = $total
              AND status <> 'rejected'
            LIMIT 1
            """, "$book", "$sourceRef", "$date", "$total");
    }

    /// <summary>Inserts a voucher and its lines; every account must be in <paramref name="accountIds"/>.</summary>
    public long Insert(long bookId, VoucherDraft draft, VoucherKind kind, VoucherStatus status, long? reversalOf,
        IReadOnlyDictionary<AccountCode, long> accountIds, User preparer, DateTimeOffset nowUtc, long? importId = null)
    {
        Bind(_voucher, bookId, Clock.Format(draft.Date), Month.Of(draft.Date).Key, draft.Summary.Trim(), draft.SourceRef,
            draft.AttachmentCount, KindKey(kind), reversalOf, status.Key(), draft.Lines.Sum(l => l.Debit.Fen), preparer.Id,
            Clock.Format(nowUtc), importId);
        var id = (long)_voucher.ExecuteScalar()!;
        for (var i = 0; i < draft.Lines.Count; i++)
        {
            var line = draft.Lines[i];
            Bind(_line, id, i + 1, accountIds[line.Account], line.Debit.Fen, line.Credit.Fen, Blank(line.Counterparty), Blank(line.Project));
            _line.ExecuteNonQuery();
        }
        return id;
    }

    public void AddEvent(long voucherId, string action, User user, DateTimeOffset nowUtc, string? reason)
    {
        Bind(_event, voucherId, action, user.Id, user.Role.Key(), Clock.Format(nowUtc), reason);
        _event.ExecuteNonQuery();
    }

    /// <summary>The id of a live voucher with the same book, date, source_ref and amount, if one exists.</summary>
    public long? FindDuplicate(long bookId, string sourceRef, DateOnly date, long totalFen)
    {
        Bind(_duplicate, bookId, sourceRef, Clock.Format(date), totalFen);
        return _duplicate.ExecuteScalar() is long id ? id : null;
    }

    public static string KindKey(VoucherKind kind) => kind switch
    {
        VoucherKind.Normal => "normal",
        VoucherKind.Reversal => "reversal",
        VoucherKind.Opening => "opening",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public void Dispose()
    {
        _voucher.Dispose();
        _line.Dispose();
        _event.Dispose();
        _duplicate.Dispose();
    }

    private static SqliteCommand Prepare(SqliteTransaction tx, string sql, params string[] parameters)
    {
        var command = tx.Connection!.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        command.Prepare();
        return command;
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
