using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Vouchers;
using Ledger.Tests.Support;

namespace Ledger.Tests.Reports;

/// <summary>The export read by the real ledger-cli and hledger, balances held against our own trial balance.</summary>
public sealed class JournalExportTests
{
    private string _folder = null!;

    [SetUp]
    public void SetUp() => _folder = Directory.CreateTempSubdirectory("vledger-journal-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Ledger_and_hledger_read_the_export_and_agree_with_the_trial_balance()
    {
        using var ledger = new TestLedger();
        var receipt = ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-05", "收取租金; 含押金", "10201:1200.00:", "501::1200.00"));
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-03-06", "应收", "112:500.00::张三", "501::500.00"));
        ledger.Posted(TestLedger.Draft(TestLedger.Committee, "2024-03-07", "补助", "10201:800.00:", "503::800.00"));
        TestLedger.Ok(ledger.As("zhao").Vouchers.Reverse(receipt, "错", new DateOnly(2024, 3, 31)));

        var journal = Export(ledger, null);

        foreach (var book in new[] { TestLedger.Collective, TestLedger.Committee })
        {
            var expected = Closing(ledger, book);
            AssertSame(expected, PeerTools.LedgerBalances(journal), book, "ledger");
            AssertSame(expected, PeerTools.HledgerBalances(journal), book, "hledger");
        }
    }

    [Test]
    public void Random_balanced_vouchers_posted_in_random_order_balance_and_match_hledger()
    {
        // A property test: for several seeds, random balanced vouchers on random leaf accounts, posted month by
        // month in a random order, give a trial balance whose totals balance and whose closing balances are
        // exactly hledger's (and ledger-cli's) on the export.
        foreach (var seed in new[] { 1, 7, 42, 2024, 31337 })
        {
            using var ledger = new TestLedger();
            // The road project receives more than the random vouchers can spend from it: a project spends only what it received.
            ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-01-01", "收到道路硬化工程专项资金", "10201:20000000.00:", "241::20000000.00::道路硬化工程"));
            var random = new Random(seed);
            string[] accounts = ["10201", "101", "112", "113", "151", "211", "241", "301", "501", "503", "511", "513", "514"];
            var months = new List<int>();
            for (var i = 0; i < 60; i++)
            {
                var month = random.Next(1, 7);
                months.Add(month);
                var lines = RandomLines(random, accounts);
                var date = $"2024-{month:00}-{random.Next(1, 29):00}";
                var id = TestLedger.Ok(ledger.As("wang").Vouchers.Add(TestLedger.Draft(TestLedger.Collective, date, $"随机凭证 {i}", lines)));
                TestLedger.Ok(ledger.As("li").Vouchers.Approve(id));
            }
            foreach (var month in months.Distinct().OrderBy(_ => random.Next()))
            {
                TestLedger.Ok(ledger.As("zhao").Vouchers.Post(Period.OfMonth(new Month(2024, month))));
            }

            var report = TestLedger.Ok(ledger.Reader.TrialBalance.Build(TestLedger.Collective, Period.OfYear(2024)));
            Assert.That(report.Totals.ClosingDebit, Is.EqualTo(report.Totals.ClosingCredit), $"seed {seed}");
            Assert.That(report.Totals.PeriodDebit, Is.EqualTo(report.Totals.PeriodCredit), $"seed {seed}");
            var journal = Export(ledger, TestLedger.Collective);
            AssertSame(Closing(ledger, TestLedger.Collective), PeerTools.HledgerBalances(journal), TestLedger.Collective, $"hledger, seed {seed}");
            AssertSame(Closing(ledger, TestLedger.Collective), PeerTools.LedgerBalances(journal), TestLedger.Collective, $"ledger, seed {seed}");
        }
    }

    private static string[] RandomLines(Random random, string[] accounts)
    {
        // Money flows into the bank first so that posting never finds it negative; the rest is random.
        var count = random.Next(2, 6);
        var amounts = Enumerable.Range(0, count - 1).Select(_ => random.NextInt64(1, 5_000_000)).ToList();
        var lines = amounts.Select(fen => Line(random, accounts[random.Next(2, accounts.Length)], fen, debit: random.Next(2) == 0)).ToList();
        var net = lines.Sum(l => l.Net);
        lines.Add(net > 0 ? Line(random, accounts[random.Next(2, accounts.Length)], net, debit: false)
            : net < 0 ? Line(random, "10201", -net, debit: true) : Line(random, "10201", 100, debit: true));
        if (net == 0)
        {
            lines.Add(Line(random, "501", 100, debit: false));
        }
        return lines.Select(l => l.Text).ToArray();
    }

    private static (string Text, long Net) Line(Random random, string account, long fen, bool debit)
    {
        var amount = Money.FromFen(fen).ToString();
        var dimension = account switch
        {
            "112" or "113" or "211" => ":" + (random.Next(2) == 0 ? "张三" : "李四"),
            "241" => "::道路硬化工程",
            _ => "",
        };
        return (debit ? $"{account}:{amount}:{dimension}" : $"{account}::{amount}{dimension}", debit ? fen : -fen);
    }

    private string Export(TestLedger ledger, BookRef? book)
    {
        var path = Path.Combine(_folder, Guid.NewGuid() + ".journal");
        using (var writer = new StreamWriter(path))
        {
            TestLedger.Ok(ledger.Reader.Journal.Write(writer, book));
        }
        return path;
    }

    /// <summary>Our closing net balance of every leaf account with a balance, keyed as the journal names it.</summary>
    private static Dictionary<string, Money> Closing(TestLedger ledger, BookRef book)
    {
        var report = TestLedger.Ok(ledger.Reader.TrialBalance.Build(book, Period.OfYear(2024)));
        var chart = TestLedger.Ok(ledger.Reader.Accounts.List(book)).ToDictionary(a => a.Code.Value);
        return report.Rows
            .Where(r => chart[r.Code].IsLeaf && !r.ClosingNet.IsZero)
            .ToDictionary(r => $"{book.Village}:{book.Kind.Key()}:{r.Code}", r => r.ClosingNet);
    }

    private static void AssertSame(Dictionary<string, Money> ours, IReadOnlyDictionary<string, Money> theirs, BookRef book, string tool)
    {
        var prefix = $"{book.Village}:{book.Kind.Key()}:";
        var theirsForBook = theirs.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal) && !p.Value.IsZero).ToDictionary(p => p.Key, p => p.Value);
        Assert.That(theirsForBook, Is.EquivalentTo(ours), $"{tool} disagrees with the trial balance of {book}");
        Assert.That(ours, Is.Not.Empty);
    }
}
