using Ledger.Core.Accounts;
using Ledger.Core.Shares;

namespace Ledger.Core.Reports;

/// <summary>
/// What a posted voucher moves between the book's own cash and bank (101, 102 and their sub-accounts) and everyone
/// else, split over the lines of its other side: the villagers' board is made of these and nothing else.
/// </summary>
/// <remarks>
/// Money that only moves between the book's own cash and bank accounts (提取备用金, 存现) comes from nobody, and a
/// voucher with no cash or bank line (depreciation, accruals) moves no money at all; neither gives an item. The rest
/// came in against the other side's credits and went out against its debits, so a voucher that both receives and
/// pays shows both. A debit and a credit of the same amount on the other side (a sale's cost against its stock, an
/// accrual beside a deposit) answer each other, not the money. The money is split over the lines it stands against
/// in proportion to them by the largest remainder, so a voucher's items always sum to exactly its net movement of
/// cash and bank. A red-ink reversal gives the items of the voucher it negates, negated, so the board shows it as a
/// correction of the same kind rather than as new income or spending.
/// </remarks>
public static class MoneyFlow
{
    /// <summary>One line of a posted voucher as the board needs it; red-ink lines carry negative amounts.</summary>
    public sealed record Line(string Code, string LevelOneName, string? Counterparty, string? Project, long DebitFen, long CreditFen)
    {
        public bool IsMoney => ChartCodes.IsCashOrBank(Code);
    }

    /// <summary>A share of a voucher's money movement, against one line of its other side (as the original voucher
    /// carries it, for a red-ink one).</summary>
    /// <param name="IsIncome">Money came in (for a red-ink voucher: the voucher it reverses brought money in).</param>
    /// <param name="AmountFen">Positive, except on a red-ink voucher, where it is negative.</param>
    public sealed record Share(Line Against, bool IsIncome, long AmountFen);

    /// <summary>The net money a voucher's lines move into the book's cash and bank: positive when money came in.</summary>
    public static long NetFen(IEnumerable<Line> lines) => lines.Where(l => l.IsMoney).Sum(l => checked(l.DebitFen - l.CreditFen));

    public static IReadOnlyList<Share> Of(IReadOnlyList<Line> lines, bool isRedInk)
    {
        if (isRedInk)
        {
            var original = lines.Select(l => l with { DebitFen = -l.DebitFen, CreditFen = -l.CreditFen }).ToList();
            return Of(original, isRedInk: false).Select(s => s with { AmountFen = -s.AmountFen }).ToList();
        }
        // Money that only went between the book's own cash and bank accounts (提取备用金, 存现) came from nobody: it is
        // what one money account gained as another lost. The rest came in against the other side's credits and went
        // out against its debits; in less out is always the voucher's net movement of cash and bank.
        var nets = lines.Where(l => l.IsMoney).GroupBy(l => l.Code).Select(g => g.Sum(l => l.DebitFen - l.CreditFen)).ToList();
        var between = Math.Min(nets.Where(n => n > 0).Sum(), -nets.Where(n => n < 0).Sum());
        var credits = lines.Where(l => !l.IsMoney && l.CreditFen > 0).ToList();
        var debits = lines.Where(l => !l.IsMoney && l.DebitFen > 0).ToList();
        var moneyIn = Math.Min(lines.Where(l => l.IsMoney).Sum(l => l.DebitFen) - between, credits.Sum(l => l.CreditFen));
        var moneyOut = moneyIn - NetFen(lines);
        Invariant.That(moneyOut >= 0 && moneyOut <= debits.Sum(l => l.DebitFen), "A voucher's money out does not fit its other side's debits.");
        // A debit and a credit of the same amount on the other side (a sale's cost against stock, an accrual) answer
        // each other rather than the money, when what is left can still carry the money in and out.
        var (creditsLeft, debitsLeft) = WithoutOffsets(credits, debits);
        if (creditsLeft.Sum(l => l.CreditFen) >= moneyIn && debitsLeft.Sum(l => l.DebitFen) >= moneyOut)
        {
            (credits, debits) = (creditsLeft, debitsLeft);
        }
        return Shares(credits, l => l.CreditFen, moneyIn, isIncome: true)
            .Concat(Shares(debits, l => l.DebitFen, moneyOut, isIncome: false))
            .ToList();
    }

    /// <summary>The other side's credits and debits less the pairs of one credit and one debit of the same amount.</summary>
    private static (List<Line> Credits, List<Line> Debits) WithoutOffsets(List<Line> credits, List<Line> debits)
    {
        var creditsLeft = new List<Line>(credits);
        var debitsLeft = new List<Line>();
        foreach (var debit in debits)
        {
            var match = creditsLeft.FindIndex(c => c.CreditFen == debit.DebitFen);
            if (match >= 0)
            {
                creditsLeft.RemoveAt(match);
            }
            else
            {
                debitsLeft.Add(debit);
            }
        }
        return (creditsLeft, debitsLeft);
    }

    /// <summary>Splits an amount over the lines it stands against, in proportion to them, exactly.</summary>
    private static IEnumerable<Share> Shares(IReadOnlyList<Line> against, Func<Line, long> weight, long amountFen, bool isIncome)
    {
        if (amountFen == 0)
        {
            return [];
        }
        var shares = LargestRemainder.Allocate(amountFen, against.Select(weight).ToList());
        return against.Select((l, i) => new Share(l, isIncome, shares[i])).Where(s => s.AmountFen != 0);
    }

    /// <summary>
    /// The board's category of money moved against a line: its level-1 account, except that earmarked funds (241)
    /// are shown by project, both receivables and payables (112, 211) as 往来款 and both kinds of loan (201, 221) as
    /// 借款, as villagers read a board.
    /// </summary>
    public static (string Key, string Name) CategoryOf(Line against) => against.Code[..3] switch
    {
        ChartCodes.SpecialFunds => ($"{ChartCodes.SpecialFunds}:{against.Project}", against.Project is null ? against.LevelOneName : $"专项资金：{against.Project}"),
        ChartCodes.Receivables or ChartCodes.Payables => ($"{ChartCodes.Receivables}+{ChartCodes.Payables}", "往来款"),
        ChartCodes.ShortTermLoans or ChartCodes.LongTermLoans => ($"{ChartCodes.ShortTermLoans}+{ChartCodes.LongTermLoans}", "借款"),
        var code => (code, against.LevelOneName),
    };
}
