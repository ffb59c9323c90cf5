using System.Globalization;
using System.Text;

namespace Ledger.Core.Demo;

/// <summary>
/// Writes a synthetic township's year for benchmarks: the villages file, the clerks' voucher CSV that
/// <c>import vouchers</c> reads (book per row from 村编码 + 账套), and the same transactions as a ledger journal and a
/// Beancount file, so that every tool reads the same data. The same seed writes the same files.
/// </summary>
public static class TownshipGenerator
{
    /// <summary>What each book starts with in the bank, so that no payment ever overdraws it.</summary>
    private const long CapitalFen = 2_000_000_000;

    private static readonly string[] CollectiveIncome = ["501", "502", "504"];
    private static readonly string[] CommitteeIncome = ["503", "504"];
    private static readonly string[] Expense = ["511", "513", "514", "515"];

    /// <summary>The files written, by what they are for.</summary>
    public sealed record Files(string Villages, string Vouchers, string Journal, string Beancount, long Lines);

    private readonly record struct Line(string Account, long DebitFen, long CreditFen, string Counterparty);

    public static Files Write(string folder, int vouchers, int villages, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(vouchers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(villages);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(villages, 999);
        Directory.CreateDirectory(folder);
        var files = new Files(Path.Combine(folder, "villages.csv"), Path.Combine(folder, $"vouchers-{vouchers}.csv"),
            Path.Combine(folder, $"vouchers-{vouchers}.journal"), Path.Combine(folder, $"vouchers-{vouchers}.beancount"), 0);
        var utf8 = new UTF8Encoding(false);
        using (var villageFile = new StreamWriter(files.Villages, false, utf8))
        {
            villageFile.Write("村编码,村名称\n");
            for (var v = 1; v <= villages; v++)
            {
                villageFile.Write(string.Create(CultureInfo.InvariantCulture, $"{Village(v)},村{v}\n"));
            }
        }
        using var csv = new StreamWriter(files.Vouchers, false, utf8, 1 << 16);
        using var journal = new StreamWriter(files.Journal, false, utf8, 1 << 16);
        using var beancount = new StreamWriter(files.Beancount, false, utf8, 1 << 16);
        csv.Write("村编码,账套,日期,凭证号,摘要,科目编码,借方金额,贷方金额,对方单位\n");
        beancount.Write("option \"operating_currency\" \"CNY\"\n\n");
        var accounts = new[] { "10201", "112", "301" }.Concat(CollectiveIncome).Concat(CommitteeIncome).Concat(Expense).Distinct().ToList();
        for (var v = 1; v <= villages; v++)
        {
            foreach (var kind in new[] { "collective", "committee" })
            {
                foreach (var account in accounts)
                {
                    beancount.Write($"2024-01-01 open {BeancountAccount(Village(v), kind, account)} CNY\n");
                }
            }
        }
        beancount.Write('\n');
        long lines = 0;
        for (var v = 1; v <= villages; v++)
        {
            foreach (var kind in new[] { "collective", "committee" })
            {
                lines += Voucher(csv, journal, beancount, Village(v), kind, "2024-01-01", "记-0", "投入资本",
                    [new Line("10201", CapitalFen, 0, ""), new Line("301", 0, CapitalFen, "")]);
            }
        }
        var random = new Random(seed);
        for (var i = 0; i < vouchers; i++)
        {
            var village = Village((i % villages) + 1);
            var kind = (i / villages) % 2 == 0 ? "collective" : "committee";
            var month = 1 + (int)((long)i * 12 / vouchers);
            var date = string.Create(CultureInfo.InvariantCulture, $"2024-{month:00}-{1 + random.Next(28):00}");
            long amount = random.Next(100, 1_000_000);
            Line[] voucherLines;
            if (random.NextDouble() < 0.5)
            {
                var income = kind == "collective" ? CollectiveIncome : CommitteeIncome;
                voucherLines = [new Line("10201", amount, 0, ""), new Line(income[random.Next(income.Length)], 0, amount, "")];
            }
            else
            {
                long part = random.Next(0, (int)amount);
                voucherLines = new[] { new Line(Expense[random.Next(Expense.Length)], amount - part, 0, ""), new Line("112", part, 0, "张三"), new Line("10201", 0, amount, "") }
                    .Where(l => l.DebitFen != 0 || l.CreditFen != 0).ToArray();
            }
            lines += Voucher(csv, journal, beancount, village, kind, date, $"记-{i + 1}", $"凭证{i}", voucherLines);
        }
        return files with { Lines = lines };
    }

    private static int Voucher(StreamWriter csv, StreamWriter journal, StreamWriter beancount, string village, string kind, string date, string number, string summary, Line[] lines)
    {
        journal.Write($"{date} * ({number}) {summary}\n");
        beancount.Write($"{date} * \"{summary}\"\n");
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var head = index == 0 ? $"{village},{kind},{date},{number},{summary}" : ",,,,";
            csv.Write($"{head},{line.Account},{Amount(line.DebitFen)},{Amount(line.CreditFen)},{line.Counterparty}\n");
            var net = Money.FromFen(line.DebitFen - line.CreditFen);
            journal.Write($"    {village}:{kind}:{line.Account}    {net} CNY\n");
            beancount.Write($"  {BeancountAccount(village, kind, line.Account)}  {net} CNY\n");
        }
        journal.Write('\n');
        beancount.Write('\n');
        return lines.Length;
    }

    private static string Amount(long fen) => fen == 0 ? "" : Money.FromFen(fen).ToString();

    private static string Village(int number) => string.Create(CultureInfo.InvariantCulture, $"V{number:000}");

    /// <summary>
    /// Beancount wants a root of Assets, Liabilities, Equity, Income or Expenses and capitalised components, so
    /// <c>V001:collective:10201</c> becomes <c>Assets:V001:Collective:A10201</c>.
    /// </summary>
    private static string BeancountAccount(string village, string kind, string code)
    {
        var root = code[0] switch
        {
            '1' => "Assets",
            '2' => "Liabilities",
            '3' => "Equity",
            _ => code.StartsWith("50", StringComparison.Ordinal) ? "Income" : "Expenses",
        };
        return $"{root}:{village}:{(kind == "collective" ? "Collective" : "Committee")}:A{code}";
    }
}
