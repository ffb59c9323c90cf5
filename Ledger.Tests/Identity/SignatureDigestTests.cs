using System.Security.Cryptography;
using System.Text;
using Ledger.Core.Integrity;

namespace Ledger.Tests.Identity;

/// <summary>The digest a signature covers is SHA-256 of the header and items as one UTF-8 text, however it is chunked.</summary>
public sealed class SignatureDigestTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(3)]
    public void Hashing_a_chunk_at_a_time_gives_the_hash_of_the_whole_text_even_across_a_split_surrogate_pair(int chunks)
    {
        // A character outside the BMP straddles the chunk boundary: its two UTF-16 halves fall in different chunks.
        var items = new string('a', ActionSignatures.DigestChunkChars * chunks + ActionSignatures.DigestChunkChars - 1) + "\U00020000|记-1/1\n";
        var whole = SHA256.HashData(Encoding.UTF8.GetBytes($"vledger-signature/1\nstore\n7\n3\n2024-04-02T01:00:00.000Z\n{items}"));

        var chunked = ActionSignatures.Digest("store", 7, 3, "2024-04-02T01:00:00.000Z", items);

        Assert.That(chunked, Is.EqualTo(whole));
    }
}
