using Ledger.Core.Users;

namespace Ledger.Core.Identity;

/// <summary>A proven user holding their private signing key for the length of one command.</summary>
internal sealed class Signer(User user, long keyId, PrivateSigningKey key) : IDisposable
{
    public User User { get; } = user;

    public long KeyId { get; } = keyId;

    public string Algorithm => key.Algorithm;

    public byte[] Sign(byte[] digest) => key.Sign(digest);

    /// <summary>The private key sealed under another key: a new password's, or a login session's.</summary>
    public byte[] SealFor(byte[] sealingKey) => SigningKeys.Seal(key, User.Id, sealingKey);

    public void Dispose() => key.Dispose();
}
