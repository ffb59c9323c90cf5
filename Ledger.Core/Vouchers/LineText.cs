using Ledger.Core.Accounts;

namespace Ledger.Core.Vouchers;

/// <summary>Reads a line written as <c>account:debit:credit[:counterparty[:project]]</c>, e.g. <c>102:1200.00:</c>.</summary>
public static class LineText
{
    public static Result<VoucherLine> Parse(string text)
    {
        var parts = text.Split(':', 5);
        if (parts.Length < 3)
        {
            return Refusal.Of("line.syntax", $"分录“{text}”应写作 科目:借方:贷方，如 102:1200.00: 或 501::1200.00",
                $"line '{text}': write account:debit:credit, e.g. 102:1200.00: or 501::1200.00");
        }
        var account = AccountCode.Parse(parts[0]);
        var debit = Amount(parts[1]);
        var credit = Amount(parts[2]);
        var problems = account.Refusals.Concat(debit.Refusals).Concat(credit.Refusals).ToList();
        if (problems.Count > 0)
        {
            return Result<VoucherLine>.Refused(problems.Select(p => Refusal.Of(p.Code, $"分录“{text}”：{p.Message.Zh}", $"line '{text}': {p.Message.En}")).ToList());
        }
        return Result<VoucherLine>.Ok(new VoucherLine(account.Value, debit.Value, credit.Value, Part(parts, 3), Part(parts, 4)));
    }

    /// <summary>The line as <see cref="Parse"/> reads it: <c>501::1200.00</c>, with counterparty and project if any.</summary>
    public static string Format(VoucherLine line)
    {
        var text = $"{line.Account}:{Written(line.Debit)}:{Written(line.Credit)}";
        return line.Counterparty is null && line.Project is null ? text : $"{text}:{line.Counterparty}:{line.Project}";
    }

    /// <summary>A voucher's content on one line, for the log's before and after: <c>2024-03-05 租金 | 10201:100.00: 501::100.00</c>.</summary>
    public static string Describe(DateOnly date, string summary, IEnumerable<VoucherLine> lines) =>
        $"{date:yyyy-MM-dd} {summary} | {string.Join(' ', lines.Select(Format))}";

    private static string Written(Money amount) => amount.IsZero ? "" : amount.ToString();

    private static Result<Money> Amount(string text) => text.Trim().Length == 0 ? Result<Money>.Ok(Money.Zero) : Money.Parse(text);

    private static string? Part(string[] parts, int index) =>
        parts.Length > index && parts[index].Trim().Length > 0 ? parts[index].Trim() : null;
}
