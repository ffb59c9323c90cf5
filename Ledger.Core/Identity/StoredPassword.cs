using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ledger.Core.Identity;

/// <summary>
/// A password as the store keeps it: <c>pbkdf2-sha256$ITERATIONS$SALT$VERIFIER</c> (base64), never the password
/// itself. PBKDF2-SHA256 comes with .NET; OWASP's floor for it is 600,000 iterations, which is what every new hash
/// uses, and the count is kept with the hash so that a later release may raise it without breaking older ones.
/// </summary>
internal sealed class StoredPassword
{
    public const int IterationsMin = 600_000;

    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int KeyBytes = 32;

    private static readonly byte[] VerifierInfo = "vledger password verifier"u8.ToArray();
    private static readonly byte[] KeyEncryptionInfo = "vledger signing-key encryption"u8.ToArray();

    private StoredPassword(int iterations, byte[] salt, byte[] verifier)
    {
        Iterations = iterations;
        Salt = salt;
        Verifier = verifier;
    }

    public int Iterations { get; }

    private byte[] Salt { get; }

    private byte[] Verifier { get; }

    public string Text => string.Create(CultureInfo.InvariantCulture, $"{Scheme}${Iterations}${Convert.ToBase64String(Salt)}${Convert.ToBase64String(Verifier)}");

    /// <summary>A new salted hash of <paramref name="password"/>, and the keys it derives.</summary>
    public static (StoredPassword Stored, PasswordKeys Keys) Create(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var keys = Derive(password, salt, IterationsMin);
        return (new StoredPassword(IterationsMin, salt, keys.Verifier), keys);
    }

    /// <exception cref="LedgerInvariantException">The store holds a hash in no form vledger writes.</exception>
    public static StoredPassword Parse(string text)
    {
        var parts = text.Split('$');
        Invariant.That(parts.Length == 4 && parts[0] == Scheme && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= IterationsMin,
            "The store holds a password hash in a form vledger does not write.");
        return new StoredPassword(int.Parse(parts[1], CultureInfo.InvariantCulture), Convert.FromBase64String(parts[2]), Convert.FromBase64String(parts[3]));
    }

    /// <summary>The keys <paramref name="password"/> derives when it is this one, else null; compared in constant time.</summary>
    public PasswordKeys? Check(string password)
    {
        var keys = Derive(password, Salt, Iterations);
        return CryptographicOperations.FixedTimeEquals(keys.Verifier, Verifier) ? keys : null;
    }

    private static PasswordKeys Derive(string password, byte[] salt, int iterations)
    {
        // The same password typed on another keyboard may come composed or decomposed; NFC makes it one string.
        var bytes = Encoding.UTF8.GetBytes(password.Normalize(NormalizationForm.FormC));
        var master = Rfc2898DeriveBytes.Pbkdf2(bytes, salt, iterations, HashAlgorithmName.SHA256, KeyBytes);
        try
        {
            return new PasswordKeys(
                HKDF.Expand(HashAlgorithmName.SHA256, master, KeyBytes, VerifierInfo),
                HKDF.Expand(HashAlgorithmName.SHA256, master, KeyBytes, KeyEncryptionInfo));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(master);
            CryptographicOperations.ZeroMemory(bytes);
        }
    }
}
