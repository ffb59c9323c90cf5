using System.Security.Cryptography;

namespace Ledger.Core.Import;

/// <summary>The SHA-256 of a file's content, read in blocks, which identifies a file however it is renamed.</summary>
internal static class FileHash
{
    public static string Sha256(Stream stream)
    {
        stream.Position = 0;
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        stream.Position = 0;
        return hash;
    }
}
