using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>The users' proof: password hashes, signing keys, login sessions, and their history.</summary>
internal static class IdentityStore
{
    public sealed class Credential
    {
        public string PasswordHash { get; init; } = "";
        public long FailuresInRow { get; init; }
        public string? LockedUntilUtc { get; init; }
    }

    public sealed class Key
    {
        public long Id { get; init; }
        public long UserId { get; init; }
        public string Algorithm { get; init; } = "";
        public byte[] PublicKey { get; init; } = [];
        public byte[]? EncryptedPrivateKey { get; init; }
        public string CreatedUtc { get; init; } = "";
        public string? RetiredUtc { get; init; }
        public long? CertifiedBy { get; init; }
        public byte[] Certificate { get; init; } = [];
    }

    public sealed class Session
    {
        public long Id { get; init; }
        public long UserId { get; init; }
        public long? KeyId { get; init; }
        public byte[]? WrappedKey { get; init; }
        public string ExpiresUtc { get; init; } = "";
        public string? EndedUtc { get; init; }
    }

    public static Credential? FindCredential(DbTransaction tx, long userId) =>
        tx.Connection!.QuerySingleOrDefault<Credential>(
            "SELECT password_hash AS PasswordHash, failures_in_row AS FailuresInRow, locked_until_utc AS LockedUntilUtc FROM user_credential WHERE user_id = @userId",
            new { userId }, tx);

    /// <summary>Sets a user's password, which also ends any lockout and forgets earlier failures.</summary>
    public static void SetPassword(DbTransaction tx, long userId, string passwordHash, DateTimeOffset nowUtc) =>
        tx.Connection!.Execute(
            """
            INSERT INTO user_credential (user_id, password_hash, changed_utc, failures_in_row, locked_until_utc) VALUES (@userId, @passwordHash, @now, 0, NULL)
            ON CONFLICT (user_id) DO UPDATE SET password_hash = excluded.password_hash, changed_utc = excluded.changed_utc, failures_in_row = 0, locked_until_utc = NULL
            """,
            new { userId, passwordHash, now = StoredTime.Format(nowUtc) }, tx);

    public static void SetFailures(DbTransaction tx, long userId, long failuresInRow, DateTimeOffset? lockedUntilUtc) =>
        tx.Connection!.Execute(
            "UPDATE user_credential SET failures_in_row = @failuresInRow, locked_until_utc = @lockedUntil WHERE user_id = @userId",
            new { userId, failuresInRow, lockedUntil = lockedUntilUtc is { } until ? StoredTime.Format(until) : null }, tx);

    public static Key? CurrentKey(DbTransaction tx, long userId) =>
        tx.Connection!.QuerySingleOrDefault<Key>(KeySelect + " WHERE user_id = @userId AND retired_utc IS NULL", new { userId }, tx);

    public static IReadOnlyList<Key> AllKeys(DbTransaction tx) =>
        tx.Connection!.Query<Key>(KeySelect + " ORDER BY id", transaction: tx).AsList();

    private const string KeySelect = """
        SELECT id, user_id AS UserId, algorithm, public_key AS PublicKey, encrypted_private_key AS EncryptedPrivateKey,
               created_utc AS CreatedUtc, retired_utc AS RetiredUtc, certified_by AS CertifiedBy, certificate
        FROM user_key
        """;

    /// <param name="certifiedBy">The key that signed <paramref name="certificate"/>; null for the township's root key, which signs itself.</param>
    public static long InsertKey(DbTransaction tx, long userId, string algorithm, byte[] publicKey, byte[] encryptedPrivateKey, string createdUtc,
        long? certifiedBy, byte[] certificate) =>
        tx.Connection!.ExecuteScalar<long>(
            """
            INSERT INTO user_key (user_id, algorithm, public_key, encrypted_private_key, created_utc, certified_by, certificate)
            VALUES (@userId, @algorithm, @publicKey, @encryptedPrivateKey, @createdUtc, @certifiedBy, @certificate) RETURNING id
            """,
            new { userId, algorithm, publicKey, encryptedPrivateKey, createdUtc, certifiedBy, certificate }, tx);

    /// <summary>Whether any user holds a signing key: a store that does is one whose users prove who they are, whatever its mode says.</summary>
    public static bool AnyKey(DbTransaction tx) => tx.Connection!.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM user_key)", transaction: tx);

    /// <summary>Seals the same private key under a new password's key: the key pair, and every signature made with it, stay.</summary>
    public static void ResealKey(DbTransaction tx, long keyId, byte[] encryptedPrivateKey) =>
        tx.Connection!.Execute("UPDATE user_key SET encrypted_private_key = @encryptedPrivateKey WHERE id = @keyId AND retired_utc IS NULL",
            new { keyId, encryptedPrivateKey }, tx);

    /// <summary>Retires a key: its public half stays for verifying what it signed; its private half is dropped.</summary>
    public static void RetireKey(DbTransaction tx, long keyId, DateTimeOffset nowUtc) =>
        tx.Connection!.Execute("UPDATE user_key SET retired_utc = @now, encrypted_private_key = NULL WHERE id = @keyId AND retired_utc IS NULL",
            new { keyId, now = StoredTime.Format(nowUtc) }, tx);

    public static void InsertSession(DbTransaction tx, long userId, string tokenSha256, long? keyId, byte[]? wrappedKey, DateTimeOffset startedUtc, DateTimeOffset expiresUtc) =>
        tx.Connection!.Execute(
            """
            INSERT INTO login_session (user_id, token_sha256, key_id, wrapped_key, started_utc, expires_utc)
            VALUES (@userId, @tokenSha256, @keyId, @wrappedKey, @started, @expires)
            """,
            new { userId, tokenSha256, keyId, wrappedKey, started = StoredTime.Format(startedUtc), expires = StoredTime.Format(expiresUtc) }, tx);

    public static Session? FindSession(DbTransaction tx, string tokenSha256) =>
        tx.Connection!.QuerySingleOrDefault<Session>(
            """
            SELECT id, user_id AS UserId, key_id AS KeyId, wrapped_key AS WrappedKey, expires_utc AS ExpiresUtc, ended_utc AS EndedUtc
            FROM login_session WHERE token_sha256 = @tokenSha256
            """,
            new { tokenSha256 }, tx);

    /// <summary>Ends a session, dropping the key it held; the row stays as the session's history.</summary>
    public static void EndSession(DbTransaction tx, long sessionId, DateTimeOffset nowUtc) =>
        tx.Connection!.Execute("UPDATE login_session SET ended_utc = @now, wrapped_key = NULL WHERE id = @sessionId AND ended_utc IS NULL",
            new { sessionId, now = StoredTime.Format(nowUtc) }, tx);

    /// <summary>Ends every live session of a user, as a password reset must; returns how many.</summary>
    public static int EndSessionsOf(DbTransaction tx, long userId, DateTimeOffset nowUtc) =>
        tx.Connection!.Execute("UPDATE login_session SET ended_utc = @now, wrapped_key = NULL WHERE user_id = @userId AND ended_utc IS NULL",
            new { userId, now = StoredTime.Format(nowUtc) }, tx);

    public static void RecordEvent(DbTransaction tx, long userId, string action, long? byUserId, DateTimeOffset nowUtc, string? detail = null) =>
        tx.Connection!.Execute(
            "INSERT INTO credential_event (user_id, action, by_user, at_utc, detail) VALUES (@userId, @action, @byUserId, @now, @detail)",
            new { userId, action, byUserId, now = StoredTime.Format(nowUtc), detail }, tx);
}
