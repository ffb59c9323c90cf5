namespace Ledger.Core.Accounts;

/// <summary>The side on which an account normally carries its balance.</summary>
public enum NormalSide
{
    Debit,
    Credit,

    /// <summary>Two-sided accounts such as 113 内部往来, 154 and 181.</summary>
    Both,
}
