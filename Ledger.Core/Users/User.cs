using Ledger.Core.Books;

namespace Ledger.Core.Users;

/// <summary>A person who acts on the store.</summary>
/// <param name="Village">The village a clerk, village head or finance-group member belongs to; null for township staff.</param>
public sealed record User(long Id, string Name, Role Role, VillageCode? Village)
{
    /// <summary>Whether this user may act on the given village's books at all.</summary>
    public bool Reaches(VillageCode village) => Village is null || Village == village;
}
