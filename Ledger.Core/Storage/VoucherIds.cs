using System.Data.Common;

namespace Ledger.Core.Storage;

/// <summary>
/// The ids new vouchers take. On SQLite the command holds the store's one write lock, so the next id is one past the
/// highest, counted on in memory without asking again. On PostgreSQL offices add vouchers to other books at the same
/// time, and each id comes from the id column's own sequence, which never hands one id out twice and makes no writer
/// wait on another.
/// </summary>
internal sealed class VoucherIds : IDisposable
{
    private readonly RawStatement? _sequence;
    private long _next;
    private long _provisional;

    public VoucherIds(DbConnection connection)
    {
        if (connection.IsPostgres())
        {
            _sequence = RawStatement.Prepare(connection, "SELECT nextval(pg_get_serial_sequence('voucher_content', 'id'))");
            return;
        }
        using var last = RawStatement.Prepare(connection, "SELECT coalesce(max(id), 0) FROM voucher_content");
        _next = last.Bind().ScalarInt64()!.Value + 1;
    }

    public long Next() => _sequence is null ? _next++ : _sequence.Reset().ScalarInt64()!.Value;

    /// <summary>
    /// An id for a voucher that is only checked, never written (an import's dry run): on PostgreSQL it takes nothing
    /// from the sequence, which a rollback would not give back, so a dry run leaves no gap in the ids that follow.
    /// </summary>
    public long Provisional() => _sequence is null ? _next++ : --_provisional;

    public void Dispose() => _sequence?.Dispose();
}
