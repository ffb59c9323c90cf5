namespace Ledger.Core.Identity;

/// <summary>A login session just opened: the token its file keeps, for which store and user, and until when.</summary>
public sealed record LoginTicket(string StoreId, string UserName, string Token, DateTimeOffset ExpiresUtc);
