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
/// identity; what it is given to sign is the same digest the ECDSA keys sign.
/// </summary>
internal sealed class Sm2Key(ECPrivateKeyParameters key, ECPublicKeyParameters publicKey) : PrivateSigningKey
{
    private static readonly ECNamedDomainParameters Curve = new(GMObjectIdentifiers.sm2p256v1, GMNamedCurves.GetByOid(GMObjectIdentifiers.sm2p256v1));

    public static Sm2Key Create()
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(Curve, new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        return new Sm2Key((ECPrivateKeyParameters)pair.Private, (ECPublicKeyParameters)pair.Public);
    }

    public static Sm2Key FromPkcs8(byte[] pkcs8)
    {
        var key = (ECPrivateKeyParameters)PrivateKeyFactory.CreateKey(pkcs8);
        return new Sm2Key(key, new ECPublicKeyParameters(key.Parameters.G.Multiply(key.D).Normalize(), key.Parameters));
    }

    public override string Algorithm => SigningKeys.Sm2;

    public override byte[] PublicKey => SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(publicKey).GetDerEncoded();

    public override byte[] Sign(byte[] digest)
    {
        var signer = new SM2Signer();
        signer.Init(true, new ParametersWithRandom(key, new SecureRandom()));
        signer.BlockUpdate(digest, 0, digest.Length);
        return signer.GenerateSignature();
    }

    public override byte[] ExportPkcs8() => PrivateKeyInfoFactory.CreatePrivateKeyInfo(key).GetDerEncoded();

    public static bool Verify(byte[] publicKeyInfo, byte[] digest, byte[] signature)
    {
        AsymmetricKeyParameter publicKey;
        try
        {
            publicKey = PublicKeyFactory.CreateKey(publicKeyInfo);
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or IOException or Org.BouncyCastle.Security.SecurityUtilityException)
        {
            return false;
        }
        var verifier = new SM2Signer();
        verifier.Init(false, publicKey);
        verifier.BlockUpdate(digest, 0, digest.Length);
        return verifier.VerifySignature(signature);
    }

    /// <summary>Nothing to release: BouncyCastle's keys are managed objects.</summary>
    public override void Dispose()
    {
    }
}
