using CsCheck;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Reports;
using Ledger.Core.Vouchers;
using Ledger.Tests.Support;

namespace Ledger.Tests.Reports;

/// <summary>
/// A property test over generated quarters: random vouchers across cash, bank, the internal account between the two
/// books, earmarked funds, receivables, payables, loans, income and expense, with transfers between the books and
/// red-ink reversals. Whatever was posted, every book's figures agree with each other for every period.
/// </summary>
public sealed class EveryNumberAgreesTests
{
    private static readonly string[] Projects = ["道路硬化工程", "饮水工程"];
    private static readonly string[] People = ["张三", "李四", "宏达建筑队"];

    /// <summary>One voucher of a generated quarter: a template, a day of the quarter, two amounts in fen.</summary>
    internal sealed record Planned(int Template, int Month, int Day, long AmountFen, long OtherFen, int Pick, bool Reverse);

    internal static readonly Gen<Planned> PlannedGen =
        Gen.Select(Gen.Int[0, 13], Gen.Int[1, 3], Gen.Int[1, 28], Gen.Long[1, 2_000_000], Gen.Long[1, 2_000_000], Gen.Int[0, 5], Gen.Int[0, 9])
            .Select((template, month, day, amount, other, pick, reverse) => new Planned(template, month, day, amount, other, pick, reverse == 0));

    [Test]
    public void For_every_book_and_period_the_board_adds_up_and_the_trial_balance_and_statements_agree()
    {
        PlannedGen.List[5, 40].Sample(plan =>
        {
            using var ledger = new TestLedger();
            Post(ledger, plan);
            foreach (var book in new[] { TestLedger.Collective, TestLedger.Committee })
            {
                foreach (var period in new[] { "2024-01", "2024-02", "2024-03", "2024-Q1" })
                {
                    AssertAgrees(ledger, book, Period.Parse(period).Value);
                }
            }
            // The rest of the year passes quietly and the year closes: the carry into 未分配收益 changes no total.
            for (var month = 4; month <= 11; month++)
            {
                TestLedger.Ok(ledger.As("zhao").Periods.Close(new Month(2024, month), null));
            }
            foreach (var book in new[] { TestLedger.Collective, TestLedger.Committee })
            {
                TestLedger.Ok(ledger.As("zhao").Periods.CloseYear(2024, book));
                AssertAgrees(ledger, book, Period.OfYear(2024));
                AssertAgrees(ledger, book, Period.Parse("2024-Q4").Value);
            }
        }, iter: 12, seed: null);
    }

    internal static void Post(TestLedger ledger, IReadOnlyList<Planned> plan)
    {
        // Both books start with money in cash and bank, and in each project, far more than a quarter of generated
        // payments can spend: approval lets a project spend only what it has received.
        string[] opening = ["10201:5200000.00:", "101:50000.00:", "301::5050000.00", .. Projects.Select(p => $"241::100000.00::{p}")];
        ledger.Posted(TestLedger.Draft(TestLedger.Collective, "2024-01-01", "期初", opening));
        ledger.Posted(TestLedger.Draft(TestLedger.Committee, "2024-01-01", "期初", opening));
        for (var month = 1; month <= 3; month++)
        {
            var posted = new List<VoucherId>();
            foreach (var (planned, i) in plan.Select((p, i) => (p, i)).Where(x => x.p.Month == month))
            {
                foreach (var draft in Drafts(planned, i))
                {
                    var id = TestLedger.Ok(ledger.As("wang").Vouchers.Add(draft));
                    TestLedger.Ok(ledger.As("li").Vouchers.Approve(id));
                    if (planned.Reverse)
                    {
                        posted.Add(id);
                    }
                }
            }
            var period = Period.OfMonth(new Month(2024, month));
            TestLedger.Ok(ledger.As("zhao").Vouchers.Post(period));
            foreach (var id in posted)
            {
                TestLedger.Ok(ledger.As("zhao").Vouchers.Reverse(id, "金额录错", new Month(2024, month).LastDay));
            }
            TestLedger.Ok(ledger.As("zhao").Periods.Close(new Month(2024, month), null));
        }
    }

    private static IEnumerable<VoucherDraft> Drafts(Planned p, int index)
    {
        var date = $"2024-{p.Month:00}-{p.Day:00}";
        var a = Money.FromFen(p.AmountFen).ToString();
        var small = Money.FromFen((p.AmountFen % 50_000) + 1).ToString();
        var sum = Money.FromFen(p.AmountFen + p.OtherFen).ToString();
        var b = Money.FromFen(p.OtherFen).ToString();
        var book = p.Pick % 2 == 0 ? TestLedger.Collective : TestLedger.Committee;
        var project = Projects[p.Pick % Projects.Length];
        var person = People[p.Pick % People.Length];
        var summary = $"生成凭证 {index}";
        VoucherDraft On(BookRef target, params string[] lines) => TestLedger.Draft(target, date, summary, lines);
        switch (p.Template)
        {
            case 0: yield return On(book, $"10201:{a}:", $"50{1 + (p.Pick % 4)}::{a}"); break;
            case 1: yield return On(book, $"51{1 + (p.Pick % 5)}:{a}:", $"10201::{a}"); break;
            case 2: yield return On(book, $"513:{small}:", $"101::{small}"); break;
            case 3: yield return On(book, $"10201:{a}:", $"241::{a}::{project}"); break;
            case 4: yield return On(book, $"241:{small}:::{project}", $"10201::{small}"); break;
            case 5: yield return On(book, $"112:{a}::{person}", $"501::{a}"); break;
            case 6: yield return On(book, $"10201:{small}:", $"112::{small}:{person}"); break;
            case 7: yield return On(book, $"513:{a}:", $"211::{a}:{person}"); break;
            case 8: yield return On(book, $"211:{small}::{person}", $"10201::{small}"); break;
            case 9: yield return On(book, $"101:{small}:", $"10201::{small}"); break;
            case 10: yield return On(book, $"511:{a}:", $"152::{a}"); break;
            case 11:
                yield return On(book, $"10201:{sum}:", $"501::{a}", $"221::{b}");
                yield return On(book, $"513:{a}:", $"112:{b}::{person}", $"10201::{sum}");
                break;
            case 12:
                // One voucher that receives and pays at once.
                yield return On(book, $"10201:{a}:", $"501::{a}", $"511:{small}:", $"10201::{small}");
                break;
            default:
                // A transfer between the village's two books: each book's internal account mirrors the other's.
                yield return On(TestLedger.Collective, $"113:{small}::东风村村民委员会", $"10201::{small}");
                yield return On(TestLedger.Committee, $"10201:{small}:", $"113::{small}:东风村股份经济合作社");
                break;
        }
    }

    private static void AssertAgrees(TestLedger ledger, BookRef book, Period period)
    {
        var where = $"{book} {period}";
        var trial = TestLedger.Ok(ledger.Reader.TrialBalance.Build(book, period));
        Assert.That(trial.Totals.ClosingDebit, Is.EqualTo(trial.Totals.ClosingCredit), $"{where}: trial balance closing");
        Assert.That(trial.Totals.PeriodDebit, Is.EqualTo(trial.Totals.PeriodCredit), $"{where}: trial balance movements");
        Assert.That(trial.Totals.OpeningDebit, Is.EqualTo(trial.Totals.OpeningCredit), $"{where}: trial balance opening");
        var money = Money.Sum(trial.Rows.Where(r => r.Level == 1 && r.Code is "101" or "102").Select(r => r.ClosingNet));

        var board = TestLedger.Ok(ledger.Reader.Reports.Board(book, period));
        Assert.That(board.OpeningMoney + board.IncomeTotal - board.SpendingTotal, Is.EqualTo(board.ClosingMoney), $"{where}: board identity");
        Assert.That(board.ClosingMoney, Is.EqualTo(money), $"{where}: board closing funds against 101 + 102");
        var openingMoney = Money.Sum(trial.Rows.Where(r => r.Level == 1 && r.Code is "101" or "102").Select(r => r.OpeningNet));
        if (period.First.Number > 1)
        {
            Assert.That(board.OpeningMoney, Is.EqualTo(openingMoney), $"{where}: board opening funds against 101 + 102");
        }

        var sheet = TestLedger.Ok(ledger.Reader.Statements.BalanceSheet(book, Period.OfMonth(period.Last)));
        Assert.That(sheet.Value("A23"), Is.EqualTo(sheet.Value("E05")), $"{where}: balance sheet");
        if (period.First.Number == 1)
        {
            var income = TestLedger.Ok(ledger.Reader.Statements.Income(book, period));
            Assert.That(income.Value("I20"), Is.EqualTo(sheet.Value("E03")), $"{where}: 年末未分配收益 against the balance sheet's 未分配收益");
        }
    }
}
