namespace Ledger.Core.Identity;

/// <summary>
/// What a caller offers as proof that the named user is the one acting: nothing, the user's password, or the token
/// of a login session. Its secret is never printed: <see cref="ToString"/> names only the kind.
/// </summary>
public sealed class Proof
{
    private Proof(ProofKind kind, string? secret)
    {
        Kind = kind;
        Secret = secret;
    }

    public ProofKind Kind { get; }

    internal string? Secret { get; }

    public static Proof None { get; } = new(ProofKind.None, null);

    public static Proof Password(string password) => new(ProofKind.Password, password);

    public static Proof Session(string token) => new(ProofKind.Session, token);

    public override string ToString() => Kind.ToString();
}
