namespace Ledger.Core.Identity;

/// <summary>The kinds of <see cref="Proof"/>.</summary>
public enum ProofKind
{
    None,
    Password,
    Session,
}
