namespace Ledger.Core.Audit;

/// <summary>
/// Rule 17, 禁止性支出: spending on receptions, meals, gifts, tobacco and alcohol. Many counties forbid it in village
/// books outright ("村级不得开支招待费") and the rest cap it, so each such expense is a finding for the township to
/// weigh against its own rule. A voucher carries one summary, so the words are sought there, in the account's
/// name (a 招待费 sub-account) and in the counterparty (a restaurant).
/// </summary>
internal static class HospitalityRule
{
    /// <summary>
    /// Words that mark hospitality. Hotels are left out, since lodging on a business trip is booked with them too,
    /// and so are 误餐 allowances, which pay people who work through a meal.
    /// </summary>
    public static readonly IReadOnlyList<string> Words =
    [
        "招待", "接待", "宴请", "请客", "酒席", "餐费", "用餐", "就餐", "聚餐", "会餐", "工作餐",
        "饭店", "酒家", "餐厅", "餐馆", "饭庄", "烟酒", "香烟", "酒水", "白酒",
        "礼品", "礼金", "红包", "土特产", "购物卡", "购物券", "消费卡", "超市卡",
    ];

    public static IEnumerable<Finding> Run(AuditContext context)
    {
        foreach (var voucher in context.Vouchers)
        {
            var spent = voucher.Lines
                .Where(l => l.Class is "expense" or "cost" && l.DebitFen > 0)
                .Select(l => (Line: l, Word: WordIn(voucher.Lines[0].Summary) ?? WordIn(l.AccountName) ?? WordIn(l.Counterparty)))
                .Where(s => s.Word is not null)
                .ToList();
            if (spent.Count == 0)
            {
                continue;
            }
            var amount = Money.FromFen(spent.Sum(s => s.Line.DebitFen));
            var accounts = string.Join("、", spent.Select(s => $"{s.Line.Code} {s.Line.AccountName}").Distinct());
            var word = spent[0].Word;
            yield return new Finding(17, "hospitality", new Text("疑似招待、礼品类支出", "hospitality-like spending"), context.Books[voucher.BookId], [voucher.Id], amount,
                new Text($"凭证 {voucher.Label}“{voucher.Lines[0].Summary}”记 {accounts} {amount}，含“{word}”：招待、宴请、礼品、烟酒类开支多数县规定村级不得列支或限额列支，须按本镇规定核实",
                    $"voucher {voucher.Label} '{voucher.Lines[0].Summary}' books {amount} to {accounts} and says '{word}': receptions, meals, gifts, tobacco and alcohol are forbidden or capped in village books in most counties; check it against the township's rule"));
        }
    }

    private static string? WordIn(string? text) => text is null ? null : Words.FirstOrDefault(w => text.Contains(w, StringComparison.Ordinal));
}
