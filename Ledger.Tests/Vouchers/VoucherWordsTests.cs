using System.Globalization;
using System.Text.Json;
using Ledger.Tests.Support;

namespace Ledger.Tests.Vouchers;

/// <summary>
/// Voucher words under the policy's voucher_words "收付转" (issue 19): 收 when cash or bank is debited, 付 when credited
/// (both: 付), 转 otherwise, each numbered from 1 per book and month in date order; shown, found, exported and verified
/// with the word; and a month keeps the scheme it was first posted under.
/// </summary>
public sealed class VoucherWordsTests
{
    private CliRunner _cli = null!;

    [SetUp]
    public void SetUp()
    {
        _cli = new CliRunner().WithTownship();
        _cli.Ok("account", "add", "--book", "V001/collective", "10101", "库存现金-备用金", "--user", "zhang");
        Policy("收付转");
    }

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public void A_mixed_month_is_numbered_收_付_and_转_each_from_one_in_date_order()
    {
        var rent = Add("2024-03-02", "收取租金", "10201:1000.00:", "501::1000.00");
        var petty = Add("2024-03-03", "提取备用金", "10101:200.00:", "10201::200.00");
        var repair = Add("2024-03-05", "支付维修费", "511:300.00:", "10201::300.00");
        var accrual = Add("2024-03-06", "计提应付款", "511:50.00:", "211::50.00:县建筑公司");
        var second = Add("2024-03-09", "收取发包款", "10201:500.00:", "501::500.00");
        PostMarch();

        Assert.That(NumberOf(rent), Is.EqualTo("收-1"));
        Assert.That(NumberOf(petty), Is.EqualTo("付-1"), "提取备用金 debits cash and credits bank: 付");
        Assert.That(NumberOf(repair), Is.EqualTo("付-2"));
        Assert.That(NumberOf(accrual), Is.EqualTo("转-1"));
        Assert.That(NumberOf(second), Is.EqualTo("收-2"));
        var shown = JsonDocument.Parse(_cli.Ok("voucher", "show", "付-2", "--book", "V001/collective", "--period", "2024-03", "--format", "json").Output).RootElement;
        Assert.That(shown.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture), Is.EqualTo(repair));
        Assert.That(_cli.Ok("export", "ledger", "--book", "V001/collective").Output, Does.Contain("(V001/collective 202403/付-2) 支付维修费"));
        Assert.That(_cli.Ok("verify").ExitCode, Is.Zero);
    }

    [Test]
    public void The_posting_run_names_each_words_first_and_last_number()
    {
        Add("2024-03-02", "收取租金", "10201:1000.00:", "501::1000.00");
        Add("2024-03-05", "支付维修费", "511:300.00:", "10201::300.00");
        Add("2024-03-09", "收取租金", "10201:500.00:", "501::500.00");

        var post = _cli.Ok("voucher", "post", "--period", "2024-03", "--user", "zhao");

        Assert.That(post.Output, Does.Contain("V001/collective 2024-03: posted 3 vouchers, 收-1 to 收-2, 付-1 to 付-1"));
    }

    [Test]
    public void Opening_balances_are_a_转_voucher_however_much_cash_they_set_up()
    {
        File.WriteAllText(_cli.PathOf("opening.csv"), "科目编码,方向,期初余额\n10201,借,5000.00\n301,贷,5000.00\n");
        _cli.Ok("import", "opening", "opening.csv", "--book", "V001/collective", "--period", "2024-03", "--user", "zhao");

        var opening = JsonDocument.Parse(_cli.Ok("voucher", "list", "--book", "V001/collective", "--format", "json").Output).RootElement.EnumerateArray().Single();
        Assert.That(opening.GetProperty("number").GetString(), Is.EqualTo("转-1"));
    }

    [Test]
    public void A_reversal_takes_the_word_of_the_side_its_red_lines_stand_on()
    {
        var rent = Add("2024-03-02", "收取租金", "10201:1000.00:", "501::1000.00");
        PostMarch();

        _cli.Ok("voucher", "reverse", rent, "--reason", "重复收款", "--user", "zhao");

        var reversal = Vouchers().Single(v => v.Summary.StartsWith("注销", StringComparison.Ordinal));
        Assert.That(reversal.Number, Is.EqualTo("收-2"), "a red-ink receipt is still 收");
        Assert.That(_cli.Ok("verify").ExitCode, Is.Zero);
    }

    [Test]
    public void A_month_keeps_the_words_it_was_first_posted_with_when_the_policy_changes()
    {
        Add("2024-03-02", "收取租金", "10201:1000.00:", "501::1000.00");
        PostMarch();
        Policy("记");

        var later = Add("2024-03-20", "收取租金", "10201:100.00:", "501::100.00");
        PostMarch();
        var april = Add("2024-04-02", "收取租金", "10201:100.00:", "501::100.00");
        _cli.Ok("voucher", "post", "--period", "2024-04", "--user", "zhao");

        Assert.That(NumberOf(later), Is.EqualTo("收-2"), "March was begun under 收付转 and stays so");
        Assert.That(NumberOf(april), Is.EqualTo("记-1"), "April starts under the new policy");
        Assert.That(_cli.Ok("verify").ExitCode, Is.Zero);
    }

    private void Policy(string words)
    {
        var policy = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(TestLedger.LenientPolicy)!;
        policy["voucher_words"] = JsonSerializer.SerializeToElement(words);
        File.WriteAllText(_cli.PathOf("words.json"), JsonSerializer.Serialize(policy));
        _cli.Ok("policy", "import", "words.json", "--user", "zhang");
    }

    /// <summary>Adds and approves a voucher of the collective; returns its id.</summary>
    private string Add(string date, string summary, params string[] lines)
    {
        var add = new List<string> { "voucher", "add", "--book", "V001/collective", "--date", date, "--summary", summary, "--user", "wang" };
        foreach (var line in lines)
        {
            add.AddRange(["--line", line]);
        }
        _cli.Ok([.. add]);
        var id = Vouchers().Max(v => v.Id).ToString(CultureInfo.InvariantCulture);
        _cli.Ok("voucher", "approve", id, "--user", "li");
        return id;
    }

    private void PostMarch() => _cli.Ok("voucher", "post", "--period", "2024-03", "--user", "zhao");

    private string? NumberOf(string id) => Vouchers().Single(v => v.Id.ToString(CultureInfo.InvariantCulture) == id).Number;

    private List<(long Id, string Summary, string? Number)> Vouchers() =>
        [.. JsonDocument.Parse(_cli.Ok("voucher", "list", "--book", "V001/collective", "--format", "json").Output).RootElement.EnumerateArray()
            .Select(v => (v.GetProperty("id").GetInt64(), v.GetProperty("summary").GetString()!, v.GetProperty("number").GetString()))];
}
