using Ledger.Core.Storage;
using Ledger.Core.Users;

namespace Ledger.Core.Identity;

/// <summary>What an admin does for a user's proof: a new password for one forgotten, recorded with who reset it.</summary>
public sealed class IdentityDesk(LedgerSession session)
{
    /// <summary>
    /// Sets <paramref name="userName"/>'s password anew. The old password cannot open the old private key for anyone
    /// any more, so the user gets a new key pair; the old public key stays in the store, and every signature made with
    /// it stays verifiable. The user's sessions end, and any lockout with them.
    /// </summary>
    public Result<bool> ResetPassword(string userName, string newPassword)
    {
        if (session.Check(LedgerAction.ManageUsers) is { } denied)
        {
            return denied;
        }
        if (session.ProofMode == ProofMode.Names)
        {
            return Refusal.Of("proof.names-only", "本乡镇以 init --no-passwords 建立，用户只凭用户名操作，没有密码",
                "this township was made with init --no-passwords: its users act by name alone, without passwords");
        }
        return session.Store.Write(tx =>
        {
            var user = UserStore.Find(tx, userName.Trim());
            if (user is null)
            {
                return Result<bool>.Refused(Credentials.UnknownUser(userName));
            }
            if (PasswordRules.Check(user.Name, newPassword) is { } weak)
            {
                return Result<bool>.Refused(weak);
            }
            Credentials.Enrol(tx, user, newPassword, session.Signer, session.NowUtc, "password-reset");
            return Result<bool>.Ok(true);
        });
    }
}
