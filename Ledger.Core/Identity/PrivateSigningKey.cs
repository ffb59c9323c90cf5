namespace Ledger.Core.Identity;

/// <summary>A user's private signing key, opened for one command: it signs digests, and seals itself under another key.</summary>
internal abstract class PrivateSigningKey : IDisposable
{
    /// <summary>The algorithm's name as the store keeps it with the public key (<see cref="SigningKeys.EcdsaP256"/>, <see cref="SigningKeys.Sm2"/>).</summary>
    public abstract string Algorithm { get; }

    public abstract byte[] PublicKey { get; }

    public abstract byte[] Sign(byte[] digest);

    /// <summary>The private key as PKCS#8, which the caller seals and then clears.</summary>
    public abstract byte[] ExportPkcs8();

    public abstract void Dispose();
}
