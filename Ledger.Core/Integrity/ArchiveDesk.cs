using Ledger.Core.Storage;
using Ledger.Core.Users;

namespace Ledger.Core.Integrity;

/// <summary>
/// Backup and restore of the whole store (会计档案: vouchers and books are kept 30 years, annual reports for good).
/// A backup is a consistent copy of the store taken online; a restore takes only a backup that verifies.
/// </summary>
public sealed class ArchiveDesk(LedgerSession session)
{
    /// <exception cref="IOException">When a file already exists at <paramref name="path"/>.</exception>
    public void Backup(string path)
    {
        if (File.Exists(path))
        {
            throw new IOException($"A file already exists at {path}.");
        }
        session.Store.BackUpTo(path);
    }

    /// <summary>Replaces the store's content with a backup's, after checking that the backup verifies.</summary>
    public Result<VerifyReport> Restore(string path)
    {
        if (session.Check(LedgerAction.ManageUsers) is { } denied)
        {
            return denied;
        }
        using (var backup = session.Store.OpenCopy(path))
        {
            var check = LedgerSession.Open(backup, null, session.Clock).Value.Verifier.Verify();
            if (check.IsRefused)
            {
                return Result<VerifyReport>.Refused(check.Refusals.Select(r => Refusal.Of("restore.broken", $"备份文件未通过核验：{r.Message.Zh}", $"the backup does not verify: {r.Message.En}")).ToList());
            }
        }
        session.Store.RestoreFrom(path);
        return session.Verifier.Verify();
    }
}
