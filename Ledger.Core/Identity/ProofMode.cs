namespace Ledger.Core.Identity;

/// <summary>How a township's users prove who they are; chosen once, at <c>init</c>.</summary>
public enum ProofMode
{
    /// <summary>By name alone (<c>init --no-passwords</c>): a single trusted person, demos, tests, and stores made before passwords existed.</summary>
    Names,

    /// <summary>By password or login session; every approval and posting is signed.</summary>
    Passwords,
}
