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
    public Result<string> Backup(string path)
    {
        if (session.Store.FileCopyRefusal is { } refusal)
        {
            return refusal;
        }
        if (File.Exists(path))
        {
            throw new IOException($"A file already exists at {path}.");
        }
        session.Store.BackUpTo(path);
        return Result<string>.Ok(path);
    }

    /// <summary>Replaces the store's content with a backup's, after checking that the backup verifies.</summary>
    public Result<VerifyReport> Restore(string path)
    {
        if (session.Check(LedgerAction.ManageUsers) is { } denied)
        {
            return denied;
        }
        if (session.Store.FileCopyRefusal is { } refusal)
        {
            return refusal;
        }
        using (var backup = session.Store.OpenCopy(path))
        {
            // A backup of another township, or one whose users prove nothing where this one's prove who they are, would
            // replace the store's identity along with its books: a restore brings back this store's own past only.
            var (mode, storeId) = Identity.Credentials.ModeOf(backup);
            var (currentMode, currentId) = Identity.Credentials.ModeOf(session.Store);
            if (storeId != currentId || mode != currentMode)
            {
                return Refusal.Of("restore.other-store", "备份文件不是本账库的备份（账库标识或密码方式不同），不能恢复到此",
                    "the backup is not of this store (its id or its use of passwords differs), and is not restored over it");
            }
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
