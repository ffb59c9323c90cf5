using System.Security.Cryptography;

namespace Ledger.Core.Identity;

/// <summary>
/// AES-256-GCM around a private key: the nonce, the tag and the ciphertext in one blob. The associated data binds the
/// blob to its owner, so that a key copied onto another user's row does not open.
/// </summary>
internal static class KeyWrap
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    public static byte[] Seal(byte[] key, byte[] plaintext, byte[] associated)
    {
        var blob = new byte[NonceBytes + TagBytes + plaintext.Length];
        var nonce = blob.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, plaintext, blob.AsSpan(NonceBytes + TagBytes), blob.AsSpan(NonceBytes, TagBytes), associated);
        return blob;
    }

    /// <summary>The plaintext, or null when the key is not the one it was sealed with or the blob was altered.</summary>
    public static byte[]? Open(byte[] key, byte[] blob, byte[] associated)
    {
        if (blob.Length < NonceBytes + TagBytes)
        {
            return null;
        }
        var plaintext = new byte[blob.Length - NonceBytes - TagBytes];
        using var aes = new AesGcm(key, TagBytes);
        try
        {
            aes.Decrypt(blob.AsSpan(0, NonceBytes), blob.AsSpan(NonceBytes + TagBytes), blob.AsSpan(NonceBytes, TagBytes), plaintext, associated);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }
}
