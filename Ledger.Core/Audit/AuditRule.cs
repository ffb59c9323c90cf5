namespace Ledger.Core.Audit;

/// <summary>
/// One audit rule the desk checks: its number, kept as the code that ties a finding to the township's list of
/// findings (domain.md §7), and a title that says what is wrong without that list at hand.
/// </summary>
public sealed record AuditRule(int Number, Text Title)
{
    /// <summary>The rules the desk checks, in their numbered order.</summary>
    public static IReadOnlyList<AuditRule> Checked { get; } =
    [
        new(1, new Text("白条入账：付款凭证无附件", "payment with no invoice or receipt attached")),
        new(2, new Text("大额现金支付超过限额", "cash payment above the limit")),
        new(3, new Text("库存现金超过限额", "cash on hand above the limit")),
        new(4, new Text("坐收坐支：现金收入未及时存入银行", "cash received and not banked in time")),
        new(5, new Text("拆分支出规避审批", "spending split to stay below an approval tier")),
        new(6, new Text("重复报销", "the same payment made twice")),
        new(7, new Text("账外账：银行、合同与账簿不符", "money off the books: bank and contracts disagree with the books")),
        new(9, new Text("未经审批或未履行民主决策程序", "payment without its approvals or resolution")),
        new(10, new Text("超预算或无预算支出", "spending over or without a budget")),
        new(11, new Text("往来款项长期挂账", "receivable or payable open for over a year")),
        new(17, new Text("招待费、礼品、烟酒等禁止性支出", "hospitality, gifts, tobacco and alcohol paid by the village")),
        new(18, new Text("专项资金超支：项目付出多于拨入", "earmarked project funds overspent")),
        new(19, new Text("两本账内部往来不对应", "the two books' internal accounts do not mirror")),
        new(20, new Text("凭证与账务质量问题", "voucher numbering and dating faults")),
    ];

    /// <summary>The rule numbered <paramref name="number"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No checked rule has that number: a finding was made up for a rule the desk does not know.</exception>
    public static AuditRule Of(int number) =>
        Checked.FirstOrDefault(r => r.Number == number) ?? throw new ArgumentOutOfRangeException(nameof(number), number, "no audit rule has this number");
}
