using System.Security.Cryptography;

namespace Ledger.Core.Identity;

/// <summary>ECDSA over P-256 with SHA-256, as .NET provides it; signatures in the fixed-size IEEE P1363 form (r ‖ s).</summary>
internal sealed class EcdsaP256Key(ECDsa key) : PrivateSigningKey
{
    private const DSASignatureFormat Format = DSASignatureFormat.IeeeP1363FixedFieldConcatenation;

    public static EcdsaP256Key Create() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    public static EcdsaP256Key FromPkcs8(byte[] pkcs8)
    {
        var key = ECDsa.Create();
        key.ImportPkcs8PrivateKey(pkcs8, out _);
        return new EcdsaP256Key(key);
    }

    public override string Algorithm => SigningKeys.EcdsaP256;

    public override byte[] PublicKey => key.ExportSubjectPublicKeyInfo();

    public override byte[] Sign(byte[] digest) => key.SignHash(digest, Format);

    public override byte[] ExportPkcs8() => key.ExportPkcs8PrivateKey();

    public static bool Verify(byte[] publicKey, byte[] digest, byte[] signature)
    {
        using var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(publicKey, out _);
            return key.VerifyHash(digest, signature, Format);
        }
        catch (CryptographicException)
        {
            // A public key or signature altered in the file is a forgery to name, never a crash of verify.
            return false;
        }
    }

    public override void Dispose() => key.Dispose();
}
