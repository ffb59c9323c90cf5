using System.Data.Common;
using Ledger.Core.Users;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>
/// Records approvals in batches: an approval run over a township's month adds tens of thousands of them in one
/// database transaction, and three set-based statements per batch cost far less than three statements per voucher.
/// A batch holds one person's approvals in one role, at one time, for one reason; anything else flushes it first.
/// Readers of approval state inside the same run call <see cref="Flush"/> before they read.
/// </summary>
internal sealed class ApprovalWriter(UnitOfWork tx) : IDisposable
{
    // The batch's voucher ids are bound as one JSON array and unpacked by json_each, in the order they were added.
    private readonly RawStatement _approvals = RawStatement.Prepare(tx.Transaction.Connection!, """
        INSERT INTO voucher_approval (voucher_id, user_id, role, at_utc)
        SELECT value, ?2, ?3, ?4 FROM json_each(?1) ORDER BY key
        """);
    private readonly RawStatement _events = RawStatement.Prepare(tx.Transaction.Connection!, """
        INSERT INTO voucher_event (voucher_id, action, user_id, role, at_utc, reason)
        SELECT value, 'approved', ?2, ?3, ?4, ?5 FROM json_each(?1) ORDER BY key
        """);
    private readonly RawStatement _completed = RawStatement.Prepare(tx.Transaction.Connection!, """
        INSERT INTO voucher_clearance (voucher_id, cleared_utc)
        SELECT v.id, ?2 FROM json_each(?1) j JOIN voucher_content v ON v.id = j.value
        WHERE v.state = 'submitted' ORDER BY j.key
        ON CONFLICT (voucher_id) DO NOTHING
        """);
    private readonly RawStatement _resolution = RawStatement.Prepare(tx.Transaction.Connection!, "UPDATE voucher_content SET resolution_ref = ?2 WHERE id = ?1");

    private readonly List<long> _approvedIds = [];
    private readonly List<long> _completedIds = [];
    private (User User, Role Role, string NowUtc, string? Reason)? _batch;

    /// <summary>Adds one person's approval in their role, and its line in the voucher's history.</summary>
    public void Approve(long voucherId, User user, Role role, string nowUtc, string? reason)
    {
        if (_batch is { } batch && (batch.User.Id != user.Id || batch.Role != role || batch.NowUtc != nowUtc || batch.Reason != reason))
        {
            Flush();
        }
        _batch = (user, role, nowUtc, reason);
        _approvedIds.Add(voucherId);
    }

    /// <summary>Clears a voucher for posting once every approval its tier needs is present, as of the approval just added.</summary>
    public void Complete(long voucherId)
    {
        Invariant.That(_batch is not null, "A voucher is cleared by the approval that completes it.");
        _completedIds.Add(voucherId);
    }

    public void CiteResolution(long voucherId, string resolution) => _resolution.Reset().Set(1, voucherId).Set(2, resolution).Execute();

    /// <summary>Writes the batch: the approvals, their history, and the vouchers they complete.</summary>
    public void Flush()
    {
        if (_batch is { } batch && _approvedIds.Count > 0)
        {
            var ids = JsonRows.Of(_approvedIds);
            _approvals.Reset().Set(1, ids).Set(2, batch.User.Id).Set(3, batch.Role.Key()).Set(4, batch.NowUtc).Execute();
            _events.Reset().Set(1, ids).Set(2, batch.User.Id).Set(3, batch.User.Role.Key()).Set(4, batch.NowUtc).Set(5, batch.Reason).Execute();
            tx.AddSignable(_approvedIds.Select(id => new SignableRecord(SignableRecord.Approve, id, batch.Role.Key(), batch.NowUtc)));
        }
        if (_completedIds.Count > 0)
        {
            _completed.Reset().Set(1, JsonRows.Of(_completedIds)).Set(2, _batch!.Value.NowUtc).Execute();
            var clearedUtc = _batch!.Value.NowUtc;
            tx.AddSignable(_completedIds.Select(id => new SignableRecord(SignableRecord.Clear, id, "", clearedUtc)));
        }
        _approvedIds.Clear();
        _completedIds.Clear();
        _batch = null;
    }

    public void Dispose()
    {
        _approvals.Dispose();
        _events.Dispose();
        _completed.Dispose();
        _resolution.Dispose();
    }
}
