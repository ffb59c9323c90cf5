namespace Ledger.Core.Shares;

/// <summary>
/// One line of the bank's payment list (代发清单). It alone carries the whole ID number, because the bank pays
/// against it; every report and board shows it masked.
/// </summary>
public sealed record DividendPayment(string Household, string HeadName, string IdNumber, Money Amount);
