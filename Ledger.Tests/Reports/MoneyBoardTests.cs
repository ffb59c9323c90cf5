using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Reports;

/// <summary>
/// The villagers' board is a statement of money: what came into and went out of the book's cash and bank, against
/// whatever other side, adding up from the opening to the closing funds of the trial balance.
/// </summary>
public sealed class MoneyBoardTests : TownshipCopies
{
    protected override void Prepare()
    {
        Township.Ok("account", "add", "--book", "V001/committee", "10201", "银行存款-农商行", "--user", "zhang");
        Submit("V001/committee", "2024-01-05", "县财政转移支付", "10201:60000.00:", "503::60000.00");
        Submit("V001/committee", "2024-01-10", "收到道路硬化专项资金", "10201:80000.00:", "241::80000.00::道路硬化工程");
        Submit("V001/committee", "2024-02-03", "支付道路硬化工程款", "241:50000.00:::道路硬化工程", "10201::50000.00");
        Submit("V001/committee", "2024-02-10", "提取备用金", "101:2000.00:", "10201::2000.00");
        Submit("V001/committee", "2024-03-05", "购买办公用品", "513:300.00:", "101::300.00");
        Submit("V001/committee", "2024-03-06", "计提应收租金", "112:900.00::张三", "504::900.00");
        Submit("V001/collective", "2024-01-08", "收取租金", "10201:3000.00:", "501::3000.00");
        Submit("V001/collective", "2024-03-31", "计提折旧", "511:400.00:", "152::400.00");
        Township.Ok("approvals", "run", "--period", "2024-Q1", "--approve", "--user", "li");
        Township.Ok("voucher", "post", "--period", "2024-Q1", "--user", "zhao");
    }

    /// <summary>Adds a voucher to the fixture's township, which every test copies.</summary>
    private void Submit(string book, string date, string summary, params string[] lines) =>
        Township.Ok(["voucher", "add", "--book", book, "--date", date, "--summary", summary, .. lines.SelectMany(l => new[] { "--line", l }), "--user", "wang"]);

    private void CloseQuarter()
    {
        foreach (var month in new[] { "2024-01", "2024-02", "2024-03" })
        {
            Cli.Ok("period", "close", month, "--all", "--user", "zhao");
        }
    }

    private JsonElement Board(string book) =>
        JsonDocument.Parse(Cli.Ok("report", "transparency", "--book", book, "--period", "2024-Q1", "--format", "json").Output).RootElement;

    private long CashAndBankInTrialBalance(string book)
    {
        var rows = JsonDocument.Parse(Cli.Ok("report", "trial-balance", "--book", book, "--period", "2024-Q1", "--format", "json").Output).RootElement.GetProperty("rows");
        return rows.EnumerateArray().Where(r => r.GetProperty("level").GetInt32() == 1 && r.GetProperty("code").GetString() is "101" or "102")
            .Sum(r => Fen(r.GetProperty("closing_debit")) - Fen(r.GetProperty("closing_credit")));
    }

    private static long Fen(JsonElement amount) => (long)(decimal.Parse(amount.GetString()!, System.Globalization.CultureInfo.InvariantCulture) * 100);

    [Test]
    public void The_board_adds_up_from_opening_to_closing_funds_which_equal_cash_and_bank_in_the_trial_balance()
    {
        CloseQuarter();

        var board = Board("V001/committee");

        var opening = Fen(board.GetProperty("opening_funds"));
        var income = Fen(board.GetProperty("income_total"));
        var spending = Fen(board.GetProperty("spending_total"));
        var closing = Fen(board.GetProperty("closing_funds"));
        Assert.That((opening, income, spending, closing), Is.EqualTo((0L, 14_000_000L, 5_030_000L, 8_970_000L)));
        Assert.That(opening + income - spending, Is.EqualTo(closing));
        Assert.That(closing, Is.EqualTo(CashAndBankInTrialBalance("V001/committee")));
        var items = board.GetProperty("items").EnumerateArray().ToList();
        Assert.That(items.Where(i => i.GetProperty("kind").GetString() == "income").Sum(i => Fen(i.GetProperty("amount"))), Is.EqualTo(income));
        Assert.That(items.Where(i => i.GetProperty("kind").GetString() == "spending").Sum(i => Fen(i.GetProperty("amount"))), Is.EqualTo(spending));
    }

    [Test]
    public void Earmarked_money_received_and_paid_out_is_on_the_board_by_its_project()
    {
        CloseQuarter();

        var items = Board("V001/committee").GetProperty("items").EnumerateArray()
            .Select(i => (Kind: i.GetProperty("kind").GetString(), Category: i.GetProperty("category").GetString(), Amount: i.GetProperty("amount").GetString())).ToList();

        Assert.That(items, Does.Contain(("income", "专项资金：道路硬化工程", "80000.00")));
        Assert.That(items, Does.Contain(("spending", "专项资金：道路硬化工程", "50000.00")));
        Assert.That(items, Does.Contain(("income", "补助收入", "60000.00")));
        Assert.That(items, Does.Contain(("spending", "管理费用", "300.00")));
    }

    [Test]
    public void Moving_money_between_the_books_own_cash_and_bank_and_entries_that_move_no_money_are_no_items()
    {
        CloseQuarter();

        var committee = Board("V001/committee").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("summary").GetString()).ToList();
        var collective = Board("V001/collective").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("summary").GetString()).ToList();

        Assert.That(committee, Does.Not.Contain("提取备用金"));
        Assert.That(committee, Does.Not.Contain("计提应收租金"));
        Assert.That(collective, Does.Not.Contain("计提折旧"));
        Assert.That(collective, Is.EqualTo(new[] { "收取租金" }));
    }

    [Test]
    public void A_quarters_items_carry_the_month_of_their_number()
    {
        CloseQuarter();

        var numbers = Board("V001/committee").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()).ToList();

        Assert.That(numbers, Is.EquivalentTo(new[] { "2024年1月 记-1", "2024年1月 记-2", "2024年2月 记-1", "2024年3月 记-1" }));
    }

    [Test]
    public void A_red_ink_reversal_is_a_negative_item_of_the_kind_it_corrects_and_the_board_still_adds_up()
    {
        var list = JsonDocument.Parse(Cli.Ok("voucher", "list", "--book", "V001/committee", "--period", "2024-03", "--format", "json").Output).RootElement;
        var office = list.EnumerateArray().Single(v => v.GetProperty("summary").GetString() == "购买办公用品").GetProperty("id").GetInt64();
        Cli.Ok("voucher", "reverse", office.ToString(System.Globalization.CultureInfo.InvariantCulture), "--reason", "重复报销", "--date", "2024-03-20", "--user", "zhao");
        CloseQuarter();

        var board = Board("V001/committee");

        var spending = board.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("kind").GetString() == "spending")
            .Select(i => i.GetProperty("amount").GetString()).ToList();
        Assert.That(spending, Is.EquivalentTo(new[] { "50000.00", "300.00", "-300.00" }));
        Assert.That(board.GetProperty("spending_total").GetString(), Is.EqualTo("50000.00"));
        Assert.That(Fen(board.GetProperty("closing_funds")), Is.EqualTo(CashAndBankInTrialBalance("V001/committee")));
    }

    [Test]
    public void A_board_the_store_would_make_not_add_up_is_refused_as_a_bug_and_never_printed()
    {
        CloseQuarter();
        using (var connection = StoreConnection.Open(Cli.StoreAddress))
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE account_month_total SET debit_fen = debit_fen + 100
                WHERE month = 202403 AND account_id = (SELECT a.id FROM account a JOIN book b ON b.id = a.book_id JOIN village v ON v.id = b.village_id
                                                       WHERE v.code = 'V001' AND b.kind = 'committee' AND a.code = '101')
                """;
            Assert.That(command.ExecuteNonQuery(), Is.EqualTo(1));
        }

        var result = Cli.Run("report", "transparency", "--book", "V001/committee", "--period", "2024-Q1", "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(70));
        Assert.That(result.Output, Does.Not.Contain("closing_funds"));
    }
}
