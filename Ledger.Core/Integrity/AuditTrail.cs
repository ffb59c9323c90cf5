using System.Globalization;
using Ledger.Core.Storage;

namespace Ledger.Core.Integrity;

/// <summary>
/// The audit trail (操作日志): every recorded change, read from the store's append-only histories — submissions,
/// approvals, rejections, postings, reversals, withdrawals and edits, closes and reopens, budget and policy
/// changes, imports and users — searchable by time, user and voucher.
/// </summary>
public sealed class AuditTrail(LedgerSession session)
{
    /// <summary>Entries read at most at once.</summary>
    public const int EntriesMax = 100_000;

    public IReadOnlyList<LogEntry> Read(DateOnly? since = null, string? user = null, long? voucherId = null) => session.Database.Read(tx =>
        LogStore.Read(tx, since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), user, voucherId, EntriesMax)
            .Select(r => new LogEntry(DateTimeOffset.Parse(r.AtUtc, CultureInfo.InvariantCulture), r.UserName, r.Action, r.Subject, r.Detail,
                r.AmountFen is { } fen ? Money.FromFen(fen) : null))
            .ToList());
}
