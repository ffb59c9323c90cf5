using System.Security.Cryptography;
using System.Text;
using Ledger.Core.Approval;
using Ledger.Core.Storage;
using Ledger.Core.Users;

namespace Ledger.Core.Identity;

/// <summary>
/// Proving who acts (issue 23): a password checked against its slow hash, with failures counted and a lockout after
/// too many in a row; a login session whose token opens the user's signing key without the password; and changing
/// a password, which keeps the key pair so that every earlier signature stays the user's.
/// </summary>
public static class Credentials
{
    private const int TokenBytes = 32;

    private static readonly byte[] SessionKeyInfo = "vledger session key"u8.ToArray();

    /// <summary>How the township's users prove who they are, and the store's own identity.</summary>
    /// <remarks>
    /// A store that says its users act by name but holds signing keys had its mode changed around vledger, to act without
    /// proof: it is treated as the township with passwords that it was, and verify names the change.
    /// </remarks>
    public static (ProofMode Mode, string StoreId) ModeOf(ILedgerStore store) => store.Read(tx => ModeIn(tx));

    internal static (ProofMode Mode, string StoreId) ModeIn(UnitOfWork tx)
    {
        var township = TownshipStore.Get(tx);
        if (township is null)
        {
            return (ProofMode.Names, "");
        }
        var mode = ProofModeNames.FromStore(township.Proof);
        return (mode == ProofMode.Names && IdentityStore.AnyKey(tx) ? ProofMode.Passwords : mode, township.StoreId);
    }

    /// <summary>Opens a login session for <paramref name="userName"/>, proven by <paramref name="password"/>.</summary>
    public static Result<LoginTicket> Login(ILedgerStore store, string userName, string password, TimeProvider clock)
    {
        var (mode, storeId) = ModeOf(store);
        if (mode == ProofMode.Names)
        {
            return NamesOnly();
        }
        var user = store.Read(tx => UserStore.Find(tx, userName.Trim()));
        if (user is null)
        {
            return UnknownUser(userName);
        }
        var proven = ByPassword(store, user, password, clock);
        if (proven.IsRefused)
        {
            return Result<LoginTicket>.Refused(proven.Refusals);
        }
        using var signer = proven.Value;
        var tokenBytes = RandomNumberGenerator.GetBytes(TokenBytes);
        var token = Convert.ToBase64String(tokenBytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return store.Write(tx =>
        {
            var now = clock.GetUtcNow();
            var expires = now.AddHours(Times(tx).SessionHours);
            IdentityStore.InsertSession(tx, user.Id, TokenHash(token), signer.KeyId, signer.SealFor(SessionKey(token)), now, expires);
            IdentityStore.RecordEvent(tx, user.Id, "login", null, now);
            return Result<LoginTicket>.Ok(new LoginTicket(storeId, user.Name, token, expires));
        });
    }

    /// <summary>
    /// Turns passwords on for a township that has acted by name until now (one made with --no-passwords, or before
    /// passwords existed): the admin who does it gets the first password and the township's root signing key, and from
    /// this moment every changing command needs proof. The other users get theirs from the admin (user reset-password).
    /// What was approved and posted before stays as it was, unsigned, and verify counts it.
    /// </summary>
    public static Result<bool> EnablePasswords(ILedgerStore store, string adminName, string password, TimeProvider clock) => store.Write(tx =>
    {
        var (mode, _) = ModeIn(tx);
        if (mode == ProofMode.Passwords)
        {
            return Result<bool>.Refused(Refusal.Of("proof.enabled", "本乡镇已经使用密码", "this township already uses passwords"));
        }
        var admin = UserStore.Find(tx, adminName.Trim());
        if (admin is null)
        {
            return Result<bool>.Refused(UnknownUser(adminName));
        }
        if (Access.Check(admin, LedgerAction.ManageUsers) is { } denied)
        {
            return Result<bool>.Refused(denied);
        }
        if (PasswordRules.Check(admin.Name, password) is { } weak)
        {
            return Result<bool>.Refused(weak);
        }
        var now = clock.GetUtcNow();
        Enrol(tx, admin, password, certifier: null, now, "password-set");
        TownshipStore.StartProof(tx, now);
        return Result<bool>.Ok(true);
    });

    /// <summary>Ends the sessions whose tokens are given; returns the names of the users whose sessions ended.</summary>
    public static IReadOnlyList<string> Logout(ILedgerStore store, IEnumerable<string> tokens, TimeProvider clock) => store.Write(tx =>
    {
        var ended = new List<string>();
        foreach (var token in tokens)
        {
            if (IdentityStore.FindSession(tx, TokenHash(token)) is { EndedUtc: null } session)
            {
                IdentityStore.EndSession(tx, session.Id, clock.GetUtcNow());
                IdentityStore.RecordEvent(tx, session.UserId, "logout", null, clock.GetUtcNow());
                ended.Add(UserStore.List(tx).First(u => u.Id == session.UserId).Name);
            }
        }
        return (IReadOnlyList<string>)ended;
    });

    /// <summary>Changes a user's password, proven by the old one; the signing key is sealed anew and stays the same key.</summary>
    public static Result<bool> ChangePassword(ILedgerStore store, string userName, string oldPassword, string newPassword, TimeProvider clock)
    {
        var (mode, _) = ModeOf(store);
        if (mode == ProofMode.Names)
        {
            return NamesOnly();
        }
        var user = store.Read(tx => UserStore.Find(tx, userName.Trim()));
        if (user is null)
        {
            return UnknownUser(userName);
        }
        if (PasswordRules.Check(user.Name, newPassword) is { } weak)
        {
            return weak;
        }
        if (newPassword == oldPassword)
        {
            return Refusal.Of("password.same", $"{user.Name} 的新密码与旧密码相同", $"{user.Name}'s new password is the old one");
        }
        var proven = ByPassword(store, user, oldPassword, clock);
        if (proven.IsRefused)
        {
            return Result<bool>.Refused(proven.Refusals);
        }
        using var signer = proven.Value;
        return store.Write(tx =>
        {
            var now = clock.GetUtcNow();
            var (stored, keys) = StoredPassword.Create(newPassword);
            if (IdentityStore.CurrentKey(tx, user.Id)?.Id != signer.KeyId)
            {
                return Result<bool>.Refused(Refusal.Of("proof.reset", $"{user.Name} 的密码刚被管理员重设，请用新密码", $"{user.Name}'s password was just reset by an admin: use the new one"));
            }
            IdentityStore.SetPassword(tx, user.Id, stored.Text, now);
            IdentityStore.ResealKey(tx, signer.KeyId, signer.SealFor(keys.KeyEncryptionKey));
            // Whoever knew the old password may hold a session with it; a new password ends them all.
            IdentityStore.EndSessionsOf(tx, user.Id, now);
            IdentityStore.RecordEvent(tx, user.Id, "password-changed", user.Id, now);
            return Result<bool>.Ok(true);
        });
    }

    /// <summary>
    /// Gives <paramref name="user"/> a password and a new signing key pair, retiring any key they had (its public half
    /// stays, so that what it signed stays verifiable) and ending their sessions.
    /// </summary>
    /// <param name="certifier">The proven admin whose key certifies the new one; null only for the township's first key, which certifies itself.</param>
    internal static void Enrol(UnitOfWork tx, User user, string password, Signer? certifier, DateTimeOffset nowUtc, string action)
    {
        var (_, storeId) = ModeIn(tx);
        Invariant.That(certifier is not null || !IdentityStore.AnyKey(tx), "Only the township's first key certifies itself.");
        var (stored, keys) = StoredPassword.Create(password);
        IdentityStore.SetPassword(tx, user.Id, stored.Text, nowUtc);
        if (IdentityStore.CurrentKey(tx, user.Id) is { } old)
        {
            IdentityStore.RetireKey(tx, old.Id, nowUtc);
        }
        var algorithm = Policy(tx).SigningAlgorithm;
        var (publicKey, sealedKey, key) = SigningKeys.Create(algorithm, user.Id, keys.KeyEncryptionKey);
        using (key)
        {
            var createdUtc = StoredTime.Format(nowUtc);
            var digest = KeyCertificate.Digest(storeId, user.Id, algorithm, publicKey, createdUtc);
            var certificate = certifier is null ? key.Sign(digest) : certifier.Sign(digest);
            IdentityStore.InsertKey(tx, user.Id, algorithm, publicKey, sealedKey, createdUtc, certifier?.KeyId, certificate);
        }
        IdentityStore.EndSessionsOf(tx, user.Id, nowUtc);
        IdentityStore.RecordEvent(tx, user.Id, action, certifier?.User.Id ?? user.Id, nowUtc);
        IdentityStore.RecordEvent(tx, user.Id, "key-created", certifier?.User.Id ?? user.Id, nowUtc);
    }

    /// <summary>
    /// Proves <paramref name="user"/> by password. A wrong one is counted, and the last allowed in a row locks the
    /// account; these are written even though the proof is refused, since they are what the next attempt must see.
    /// </summary>
    internal static Result<Signer> ByPassword(ILedgerStore store, User user, string password, TimeProvider clock)
    {
        // The slow derivation runs outside any transaction, so that checking a password never holds the store's write
        // lock for the time it takes; the failures it counts are written afterwards, against the state as it then is.
        var credential = store.Read(tx => IdentityStore.FindCredential(tx, user.Id));
        if (credential is null)
        {
            return Refusal.Of("proof.no-password", $"用户 {user.Name} 还没有密码：请管理员用 vledger user reset-password {user.Name} 设置",
                $"user {user.Name} has no password yet: an admin sets one with 'vledger user reset-password {user.Name}'");
        }
        var keys = IsLocked(credential, clock.GetUtcNow()) ? null : StoredPassword.Parse(credential.PasswordHash).Check(password);
        // A right password with no failures to clear changes nothing, so it is proven by reading alone: a write would
        // queue the command behind other offices' runs on a server.
        if (keys is not null && credential.FailuresInRow == 0 && credential.LockedUntilUtc is null
            && store.Read(tx => IdentityStore.FindCredential(tx, user.Id) is { } unchanged
                && unchanged.PasswordHash == credential.PasswordHash && unchanged.FailuresInRow == 0 && unchanged.LockedUntilUtc is null
                ? OpenKey(tx, user, keys) : null) is { } signer)
        {
            return Result<Signer>.Ok(signer);
        }
        return store.Write(tx =>
        {
            var now = clock.GetUtcNow();
            var times = Times(tx);
            var current = IdentityStore.FindCredential(tx, user.Id)!;
            if (current.PasswordHash != credential.PasswordHash)
            {
                return Result<Signer>.Refused(Refusal.Of("proof.reset", $"{user.Name} 的密码刚刚改过，请用新密码再试", $"{user.Name}'s password was just changed: try again with the new one"));
            }
            if (IsLocked(current, now))
            {
                IdentityStore.RecordEvent(tx, user.Id, "failed", null, now, "locked");
                return Result<Signer>.Refused(Locked(user, StoredTime.ParseInstant(current.LockedUntilUtc!), times));
            }
            var failures = current.LockedUntilUtc is null ? current.FailuresInRow : 0;
            if (keys is null)
            {
                failures++;
                IdentityStore.RecordEvent(tx, user.Id, "failed", null, now);
                if (failures >= times.LockoutFailures)
                {
                    var until = now.AddMinutes(times.LockoutMinutes);
                    IdentityStore.SetFailures(tx, user.Id, 0, until);
                    IdentityStore.RecordEvent(tx, user.Id, "locked", null, now, times.LockoutMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    return Result<Signer>.Refused(Locked(user, until, times));
                }
                IdentityStore.SetFailures(tx, user.Id, failures, null);
                return Result<Signer>.Refused(Refusal.Of("proof.wrong-password",
                    $"用户 {user.Name} 的密码不对（连续第 {failures} 次；连续 {times.LockoutFailures} 次将锁定 {times.LockoutMinutes} 分钟）",
                    $"wrong password for {user.Name} ({failures} in a row; {times.LockoutFailures} in a row lock the account for {times.LockoutMinutes} minutes)"));
            }
            if (current.FailuresInRow > 0 || current.LockedUntilUtc is not null)
            {
                IdentityStore.SetFailures(tx, user.Id, 0, null);
            }
            return Result<Signer>.Ok(OpenKey(tx, user, keys));
        });
    }

    private static Signer OpenKey(UnitOfWork tx, User user, PasswordKeys keys)
    {
        var key = IdentityStore.CurrentKey(tx, user.Id)
            ?? throw new LedgerInvariantException($"User {user.Name} has a password but no signing key.");
        var opened = SigningKeys.Open(key.Algorithm, key.EncryptedPrivateKey!, user.Id, keys.KeyEncryptionKey)
            ?? throw new LedgerInvariantException($"User {user.Name}'s password does not open their signing key.");
        return new Signer(user, key.Id, opened);
    }

    private static bool IsLocked(IdentityStore.Credential credential, DateTimeOffset now) =>
        credential.LockedUntilUtc is { } until && StoredTime.ParseInstant(until) > now;

    /// <summary>
    /// Proves <paramref name="user"/> by the token of a login session. A session that is not theirs, has ended or has
    /// expired proves nothing; the refusal says why, and an expired session is ended here.
    /// </summary>
    internal static Result<Signer> BySession(ILedgerStore store, User user, string token, TimeProvider clock)
    {
        // A live session, the common case, is proven by reading alone: every changing command proves its user first,
        // and a write here would queue each office's command behind the others' runs on a server.
        var (proven, ends) = store.Read(tx => Session(tx, user, token, clock, endIfOver: false));
        return ends ? store.Write(tx => Session(tx, user, token, clock, endIfOver: true).Proven) : proven;
    }

    /// <summary>Proves <paramref name="user"/> by a session's token; says whether the session is over and should be ended, and ends it when told to.</summary>
    private static (Result<Signer> Proven, bool Ends) Session(UnitOfWork tx, User user, string token, TimeProvider clock, bool endIfOver)
    {
        var session = IdentityStore.FindSession(tx, TokenHash(token));
        if (session is null || session.UserId != user.Id || session.EndedUtc is not null || session.WrappedKey is null || session.KeyId is null)
        {
            return (Result<Signer>.Refused(Unproven(user, $"{user.Name} 在此没有有效的登录", $"there is no live login of {user.Name} here")), false);
        }
        var now = clock.GetUtcNow();
        var expires = StoredTime.ParseInstant(session.ExpiresUtc);
        if (expires <= now)
        {
            if (endIfOver)
            {
                IdentityStore.EndSession(tx, session.Id, now);
                IdentityStore.RecordEvent(tx, user.Id, "session-expired", null, now);
            }
            var shown = expires.ToOffset(LedgerSession.TownshipOffset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            return (Result<Signer>.Refused(Unproven(user, $"{user.Name} 的登录已于 {shown}（北京时间）过期", $"{user.Name}'s login expired at {shown} (Beijing time)")), true);
        }
        var current = IdentityStore.CurrentKey(tx, user.Id);
        if (current?.Id != session.KeyId)
        {
            if (endIfOver)
            {
                IdentityStore.EndSession(tx, session.Id, now);
            }
            return (Result<Signer>.Refused(Unproven(user, $"{user.Name} 的密码已重设，原登录失效", $"{user.Name}'s password was reset, which ended this login")), true);
        }
        var key = SigningKeys.Open(current!.Algorithm, session.WrappedKey, user.Id, SessionKey(token))
            ?? throw new LedgerInvariantException($"A live session of {user.Name} does not open the key it holds.");
        return (Result<Signer>.Ok(new Signer(user, session.KeyId.Value, key)), false);
    }

    /// <summary>The refusal of a changing command by a user who has not proven who they are, with why and what to do.</summary>
    internal static Refusal Unproven(User user, string whyZh = "", string whyEn = "") => Refusal.Of("access.unproven",
        $"{(whyZh.Length > 0 ? whyZh + "：" : "")}用户 {user.Name} 未证明身份，此操作未执行；请先 vledger login --user {user.Name} 登录，或用 --password-stdin 或环境变量 VLEDGER_PASSWORD 提供密码",
        $"{(whyEn.Length > 0 ? whyEn + ": " : "")}{user.Name} has not proven who they are, so nothing was done; log in with 'vledger login --user {user.Name}', or give the password with --password-stdin or VLEDGER_PASSWORD");

    private static Refusal Locked(User user, DateTimeOffset until, ProofTimes times)
    {
        var shown = until.ToOffset(LedgerSession.TownshipOffset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return Refusal.Of("proof.locked",
            $"用户 {user.Name} 因连续 {times.LockoutFailures} 次密码错误已被锁定，{shown}（北京时间）后再试，或请管理员重设密码",
            $"{user.Name} is locked after {times.LockoutFailures} wrong passwords in a row: try again after {shown} (Beijing time), or ask an admin to reset the password");
    }

    private static ProofTimes Times(UnitOfWork tx) => Policy(tx).ProofTimes;

    /// <summary>The proof the policy in force asks for: its times and the algorithm of new keys.</summary>
    private static (ProofTimes ProofTimes, string SigningAlgorithm) Policy(UnitOfWork tx) =>
        PolicyStore.Current(tx) is { } document && ApprovalPolicy.Parse(document) is { IsRefused: false } policy
            ? (policy.Value.ProofTimes, policy.Value.SigningAlgorithm)
            : (ProofTimes.Default, SigningKeys.EcdsaP256);

    private static string TokenHash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static byte[] SessionKey(string token) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(token), 32, [], SessionKeyInfo);

    private static Refusal NamesOnly() => Refusal.Of("proof.names-only",
        "本乡镇以 init --no-passwords 建立，用户只凭用户名操作，没有密码和登录",
        "this township was made with init --no-passwords: its users act by name alone, without passwords or logins");

    internal static Refusal UnknownUser(string userName) => Refusal.Of("access.unknown-user", $"没有用户 {userName}：请先由管理员用 user add 添加",
        $"there is no user {userName}: an admin adds users with 'user add'");
}
