namespace Ledger.Core.Accounts;

/// <summary>The classes (大类) of the 2023 rural collective chart.</summary>
public enum AccountClass
{
    Asset,
    Liability,
    Equity,
    Cost,
    Income,
    Expense,
}
