using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ledger.Core.Identity;

/// <summary>
/// The users' signing keys in the algorithms a township may choose (the policy's <c>signature_algorithm</c>): ECDSA
/// P-256 with SHA-256 by default, or SM2 with SM3. The private key leaves memory only as PKCS#8 sealed by
/// <see cref="KeyWrap"/>; each public key is kept with its algorithm, so that keys of both stay verifiable.
/// </summary>
internal static class SigningKeys
{
    public const string EcdsaP256 = "ecdsa-p256-sha256";

    public const string Sm2 = "sm2-sm3";

    /// <summary>A new key pair of <paramref name="algorithm"/> for user <paramref name="userId"/>: its public half, and its private half sealed under <paramref name="sealingKey"/>.</summary>
    public static (byte[] PublicKey, byte[] SealedPrivateKey, PrivateSigningKey Key) Create(string algorithm, long userId, byte[] sealingKey)
    {
        PrivateSigningKey key = algorithm switch
        {
            EcdsaP256 => EcdsaP256Key.Create(),
            Sm2 => Sm2Key.Create(),
            _ => throw new LedgerInvariantException($"There is no signing algorithm '{algorithm}'."),
        };
        return (key.PublicKey, Seal(key, userId, sealingKey), key);
    }

    public static byte[] Seal(PrivateSigningKey key, long userId, byte[] sealingKey)
    {
        var pkcs8 = key.ExportPkcs8();
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
    public static PrivateSigningKey? Open(string algorithm, byte[] sealedPrivateKey, long userId, byte[] sealingKey)
    {
        var pkcs8 = KeyWrap.Open(sealingKey, sealedPrivateKey, Owner(userId));
        if (pkcs8 is null)
        {
            return null;
        }
        try
        {
            return algorithm switch
            {
                EcdsaP256 => EcdsaP256Key.FromPkcs8(pkcs8),
                Sm2 => Sm2Key.FromPkcs8(pkcs8),
                _ => throw new LedgerInvariantException($"There is no signing algorithm '{algorithm}'."),
            };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    public static bool Verify(string algorithm, byte[] publicKey, byte[] digest, byte[] signature) => algorithm switch
    {
        EcdsaP256 => EcdsaP256Key.Verify(publicKey, digest, signature),
        Sm2 => Sm2Key.Verify(publicKey, digest, signature),
        _ => false,
    };

    private static byte[] Owner(long userId) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"vledger user key {userId}"));
}
