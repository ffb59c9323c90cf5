namespace Ledger.Core;

/// <summary>Always-on assertions. A failed invariant is a bug in vledger, never a user's mistake.</summary>
public static class Invariant
{
    /// <exception cref="LedgerInvariantException">When <paramref name="condition"/> is false.</exception>
    public static void That(bool condition, string message)
    {
        if (!condition)
        {
            throw new LedgerInvariantException(message);
        }
    }
}
