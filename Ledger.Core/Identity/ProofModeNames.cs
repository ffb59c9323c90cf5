namespace Ledger.Core.Identity;

/// <summary>The store's words for <see cref="ProofMode"/>.</summary>
public static class ProofModeNames
{
    public static string Key(this ProofMode mode) => mode switch
    {
        ProofMode.Names => "names",
        ProofMode.Passwords => "passwords",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    /// <exception cref="LedgerInvariantException">The store holds a mode vledger never writes.</exception>
    public static ProofMode FromStore(string key) => key switch
    {
        "names" => ProofMode.Names,
        "passwords" => ProofMode.Passwords,
        _ => throw new LedgerInvariantException($"The store holds an unknown proof mode '{key}'."),
    };
}
