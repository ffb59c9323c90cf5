using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ledger.Core.Identity;

/// <summary>
/// What certifies a user's public key: a signature over the store, the user, the algorithm, the key and its time, made
/// by the admin who enrolled the user or reset their password (or, for the township's first key, by the key itself).
/// </summary>
internal static class KeyCertificate
{
    public static byte[] Digest(string storeId, long userId, string algorithm, byte[] publicKey, string createdUtc) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"vledger-key/1\n{storeId}\n{userId}\n{algorithm}\n{Convert.ToBase64String(publicKey)}\n{createdUtc}")));

    /// <summary>A short fingerprint of a public key to compare by eye or keep on paper: the first 16 bytes of its SHA-256, in groups.</summary>
    public static string Fingerprint(byte[] publicKey) =>
        string.Join(':', Convert.ToHexStringLower(SHA256.HashData(publicKey)[..16]).Chunk(4).Select(c => new string(c)));
}
