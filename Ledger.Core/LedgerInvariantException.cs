namespace Ledger.Core;

/// <summary>Thrown when the engine finds its own data or logic in a state that must be impossible.</summary>
public sealed class LedgerInvariantException(string message) : Exception(message);
