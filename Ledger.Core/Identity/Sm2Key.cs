using System.Text;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace Ledger.Core.Identity;

/// <summary>
/// SM2 over the curve sm2p256v1 with SM3 (GB/T 32918, GB/T 32905), through BouncyCastle, for a township that must use
/// the national algorithms (财会〔2024〕12号 §37). SM2 hashes what it signs with SM3 together with the signer's
/// identity, here the standard's default <see cref="SignerId"/>, named explicitly so that any other implementation
/// verifies the same way; what it is given to sign is the same digest the ECDSA keys sign.
/// </summary>
internal sealed class Sm2Key(ECPrivateKeyParameters key, ECPublicKeyParameters publicKey) : PrivateSigningKey
{
    /// <summary>GB/T 32918's default signer identity, "1234567812345678".</summary>
    private static readonly byte[] SignerId = Encoding.ASCII.GetBytes("1234567812345678");

    private static readonly ECNamedDomainParameters Curve = new(GMObjectIdentifiers.sm2p256v1, GMNamedCurves.GetByOid(GMObjectIdentifiers.sm2p256v1));

    public static Sm2Key Create()
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(Curve, new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        return new Sm2Key((ECPrivateKeyParameters)pair.Private, (ECPublicKeyParameters)pair.Public);
    }

    /// <exception cref="LedgerInvariantException">The sealed key is not an SM2 key, which vledger never writes.</exception>
    public static Sm2Key FromPkcs8(byte[] pkcs8)
    {
        var key = PrivateKeyFactory.CreateKey(pkcs8) as ECPrivateKeyParameters;
        Invariant.That(key is not null && IsSm2(key.Parameters), "A key sealed as SM2 is not on the SM2 curve.");
        return new Sm2Key(key!, new ECPublicKeyParameters(key!.Parameters.G.Multiply(key.D).Normalize(), key.Parameters));
    }

    public override string Algorithm => SigningKeys.Sm2;

    public override byte[] PublicKey => SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(publicKey).GetDerEncoded();

    public override byte[] Sign(byte[] digest)
    {
        var signer = new SM2Signer();
        signer.Init(true, new ParametersWithID(new ParametersWithRandom(key, new SecureRandom()), SignerId));
        signer.BlockUpdate(digest, 0, digest.Length);
        return signer.GenerateSignature();
    }

    public override byte[] ExportPkcs8() => PrivateKeyInfoFactory.CreatePrivateKeyInfo(key).GetDerEncoded();

    /// <summary>Whether <paramref name="signature"/> is this key's over <paramref name="digest"/>; any malformed key or signature is simply not.</summary>
    public static bool Verify(byte[] publicKeyInfo, byte[] digest, byte[] signature)
    {
        try
        {
            if (PublicKeyFactory.CreateKey(publicKeyInfo) is not ECPublicKeyParameters publicKey || !IsSm2(publicKey.Parameters))
            {
                return false;
            }
            var verifier = new SM2Signer();
            verifier.Init(false, new ParametersWithID(publicKey, SignerId));
            verifier.BlockUpdate(digest, 0, digest.Length);
            return verifier.VerifySignature(signature);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A public key or signature altered in the file is a forgery to name, never a crash of verify.
            return false;
        }
    }

    private static bool IsSm2(ECDomainParameters parameters) => parameters.Curve.Equals(Curve.Curve) && parameters.G.Equals(Curve.G);

    /// <summary>Nothing to release: BouncyCastle's keys are managed objects.</summary>
    public override void Dispose()
    {
    }
}
