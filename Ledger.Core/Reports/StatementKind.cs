namespace Ledger.Core.Reports;

/// <summary>The statutory statements a township sums across its villages.</summary>
public enum StatementKind
{
    /// <summary>资产负债表.</summary>
    BalanceSheet,

    /// <summary>收益及收益分配表.</summary>
    Income,
}
