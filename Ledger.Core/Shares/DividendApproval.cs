namespace Ledger.Core.Shares;

/// <summary>Who approved a dividend plan, in which role, and when.</summary>
public sealed record DividendApproval(Users.Role Role, string UserName, DateTimeOffset AtUtc);
