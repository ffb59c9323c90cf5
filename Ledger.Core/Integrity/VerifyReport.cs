using Ledger.Core.Identity;

namespace Ledger.Core.Integrity;

/// <summary>What verify checked and found intact.</summary>
/// <param name="ProofMode">How the township's users prove who they are; under <see cref="ProofMode.Names"/> nothing is signed.</param>
/// <param name="SignaturesChecked">The signatures over approvals and postings found valid, each covering every record it lists.</param>
public sealed record VerifyReport(int Books, int VouchersSealed, IReadOnlyDictionary<string, string> ChainHeads, ProofMode ProofMode, int SignaturesChecked)
{
    /// <summary>The township's root signing key, its holder and fingerprint, to compare with the copy kept on paper; empty without passwords.</summary>
    public string RootKey { get; init; } = "";

    /// <summary>Approvals, clearances and postings made by name before the township turned passwords on, and so unsigned.</summary>
    public int RecordsBeforeProof { get; init; }

    /// <summary>When the township turned passwords on (UTC, as stored); null without passwords.</summary>
    public string? ProofSinceUtc { get; init; }
}
