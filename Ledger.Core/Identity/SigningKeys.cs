using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ledger.Core.Identity;

/// <summary>
/// The users' signing keys: ECDSA over P-256 with SHA-256, as .NET provides it on every platform vledger runs on.
/// The private key leaves memory only as PKCS#8 sealed by <see cref="KeyWrap"/>; signatures are in the fixed-size
/// IEEE P1363 form (r ‖ s).
/// </summary>
internal static class SigningKeys
{
    public const string Algorithm = "ecdsa-p256-sha256";

    private const DSASignatureFormat Format = DSASignatureFormat.IeeeP1363FixedFieldConcatenation;

    /// <summary>A new key pair for user <paramref name="userId"/>: its public half, and its private half sealed under <paramref name="sealingKey"/>.</summary>
    public static (byte[] PublicKey, byte[] SealedPrivateKey, ECDsa Key) Create(long userId, byte[] sealingKey)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return (key.ExportSubjectPublicKeyInfo(), Seal(key, userId, sealingKey), key);
    }

    public static byte[] Seal(ECDsa key, long userId, byte[] sealingKey)
    {
        var pkcs8 = key.ExportPkcs8PrivateKey();
        try
        {
            return KeyWrap.Seal(sealingKey, pkcs8, Owner(userId));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    /// <summary>The private key, or null when <paramref name="sealingKey"/> does not open it.</summary>
    public static ECDsa? Open(byte[] sealedPrivateKey, long userId, byte[] sealingKey)
    {
        var pkcs8 = KeyWrap.Open(sealingKey, sealedPrivateKey, Owner(userId));
        if (pkcs8 is null)
        {
            return null;
        }
        try
        {
            var key = ECDsa.Create();
            key.ImportPkcs8PrivateKey(pkcs8, out _);
            return key;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    public static byte[] Sign(ECDsa key, byte[] digest) => key.SignHash(digest, Format);

    public static bool Verify(byte[] publicKey, byte[] digest, byte[] signature)
    {
        using var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(publicKey, out _);
        }
        catch (CryptographicException)
        {
            return false;
        }
        return key.VerifyHash(digest, signature, Format);
    }

    private static byte[] Owner(long userId) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"vledger user key {userId}"));
}
