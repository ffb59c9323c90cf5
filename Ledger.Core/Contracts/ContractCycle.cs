namespace Ledger.Core.Contracts;

/// <summary>How often a contract's amount falls due: 月 (monthly), 季 (quarterly) or 年 (yearly), as months.</summary>
public static class ContractCycle
{
    public static Result<int> Parse(string? text) => (text ?? "").Trim() switch
    {
        "月" or "月付" or "每月" or "按月" or "monthly" => Result<int>.Ok(1),
        "季" or "季付" or "每季" or "按季" or "quarterly" => Result<int>.Ok(3),
        "年" or "年付" or "每年" or "按年" or "yearly" => Result<int>.Ok(12),
        var other => Refusal.Of("contract.cycle", $"付款周期“{other}”无效：写 月、季 或 年", $"the payment cycle '{other}' is invalid: write 月 (monthly), 季 (quarterly) or 年 (yearly)"),
    };

    public static string Name(int months) => months switch
    {
        1 => "月",
        3 => "季",
        12 => "年",
        _ => throw new ArgumentOutOfRangeException(nameof(months)),
    };
}
