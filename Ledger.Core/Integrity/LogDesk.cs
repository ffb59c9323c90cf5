using System.Globalization;
using Ledger.Core.Storage;
using Ledger.Core.Users;

namespace Ledger.Core.Integrity;

/// <summary>
/// The audit trail (操作日志): every recorded change, read from the store's append-only histories — submissions,
/// approvals, rejections, postings, reversals, withdrawals and edits, closes and reopens, budget and policy
/// changes, imports, users and commands refused for the actor's role — searchable by time, user and voucher.
/// </summary>
public sealed class LogDesk(LedgerSession session)
{
    /// <summary>Entries read at most at once.</summary>
    public const int EntriesMax = 100_000;

    public IReadOnlyList<LogEntry> Read(DateOnly? since = null, string? user = null, long? voucherId = null) => session.Store.Read(tx =>
        LogStore.Read(tx, since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), user, voucherId, EntriesMax)
            .Select(r => new LogEntry(DateTimeOffset.Parse(r.AtUtc, CultureInfo.InvariantCulture), r.UserName, r.Action, new Text(r.SubjectZh, r.Subject),
                Detail(r), r.AmountFen is { } fen ? Money.FromFen(fen) : null))
            .ToList());

    /// <summary>An entry's detail in both languages; a user's role as people name it.</summary>
    private static Text? Detail(LogStore.Row row) => row.Action == "user.added" && RoleNames.Parse(row.Detail) is { IsRefused: false } role
        ? role.Value.Label()
        : row.Detail is null ? null : new Text(row.DetailZh ?? row.Detail, row.Detail);

    /// <summary>
    /// Keeps the access refusals among <paramref name="refusals"/> in the log, in a database transaction of their
    /// own, since the refused command's own work was rolled back. Other refusals (an unbalanced voucher, a bad row)
    /// are mistakes in the input, not attempts beyond one's role, and are not kept.
    /// </summary>
    /// <param name="command">The command as typed, without its options, e.g. <c>voucher post</c>.</param>
    public void RecordRefusals(string command, IEnumerable<Refusal> refusals)
    {
        var denials = refusals.Where(r => r.Code.StartsWith("access.", StringComparison.Ordinal)).ToList();
        if (session.Actor is not { } actor || denials.Count == 0)
        {
            return;
        }
        var words = command.Length > CommandLengthMax ? command[..CommandLengthMax] : command;
        session.Store.Write(tx =>
        {
            foreach (var denial in denials)
            {
                LogStore.RecordRefusal(tx, actor.Id, session.NowUtc, words, denial.Code, denial.Message.En, denial.Message.Zh);
            }
            return denials.Count;
        });
    }

    private const int CommandLengthMax = 200;
}
