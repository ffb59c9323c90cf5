using Ledger.Core.Users;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>
/// Records approvals with statements prepared once per run: an approval run over a township's month adds tens of
/// thousands of them in one database transaction.
/// </summary>
internal sealed class ApprovalWriter(SqliteTransaction tx) : IDisposable
{
    private readonly RawStatement _approval = new(tx.Connection!, "INSERT INTO voucher_approval (voucher_id, user_id, role, at_utc) VALUES (?1, ?2, ?3, ?4)");
    private readonly RawStatement _event = new(tx.Connection!, "INSERT INTO voucher_event (voucher_id, action, user_id, role, at_utc, reason) VALUES (?1, 'approved', ?2, ?3, ?4, ?5)");
    private readonly RawStatement _approved = new(tx.Connection!, "UPDATE voucher SET status = 'approved' WHERE id = ?1 AND status = 'submitted'");
    private readonly RawStatement _resolution = new(tx.Connection!, "UPDATE voucher SET resolution_ref = ?2 WHERE id = ?1");

    /// <summary>Adds one person's approval in their role, and its line in the voucher's history.</summary>
    public void Approve(long voucherId, User user, Role role, string nowUtc, string? reason)
    {
        _approval.Reset().Set(1, voucherId).Set(2, user.Id).Set(3, role.Key()).Set(4, nowUtc).Execute();
        _event.Reset().Set(1, voucherId).Set(2, user.Id).Set(3, user.Role.Key()).Set(4, nowUtc).Set(5, reason).Execute();
    }

    /// <summary>Marks a voucher approved once every approval its tier needs is present.</summary>
    public void Complete(long voucherId) => _approved.Reset().Set(1, voucherId).Execute();

    public void CiteResolution(long voucherId, string resolution) => _resolution.Reset().Set(1, voucherId).Set(2, resolution).Execute();

    public void Dispose()
    {
        _approval.Dispose();
        _event.Dispose();
        _approved.Dispose();
        _resolution.Dispose();
    }
}
