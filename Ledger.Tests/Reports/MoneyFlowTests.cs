using Ledger.Core.Reports;

namespace Ledger.Tests.Reports;

public sealed class MoneyFlowTests
{
    private static MoneyFlow.Line L(string code, long debitFen, long creditFen, string name = "科目") => new(code, name, null, null, debitFen, creditFen);

    [Test]
    public void A_voucher_that_both_receives_and_pays_shows_both_and_nets_to_its_movement_of_cash_and_bank()
    {
        var shares = MoneyFlow.Of([L("10201", 10_000, 0), L("501", 0, 10_000), L("511", 4_000, 0), L("10201", 0, 4_000)], isRedInk: false);

        Assert.That(shares.Select(s => (s.Against.Code, s.IsIncome, s.AmountFen)), Is.EqualTo(new[] { ("501", true, 10_000L), ("511", false, 4_000L) }));
    }

    [Test]
    public void Drawing_petty_cash_from_the_bank_moves_no_money_in_or_out()
    {
        Assert.That(MoneyFlow.Of([L("101", 2_000, 0), L("10201", 0, 2_000)], isRedInk: false), Is.Empty);
    }

    [Test]
    public void Money_in_is_split_over_the_other_sides_credits_exactly()
    {
        var shares = MoneyFlow.Of([L("101", 500, 0), L("10201", 0, 300), L("501", 0, 100), L("504", 0, 100)], isRedInk: false);

        Assert.That(shares.Select(s => (s.Against.Code, s.AmountFen)), Is.EqualTo(new[] { ("501", 100L), ("504", 100L) }));
        Assert.That(shares.All(s => s.IsIncome), Is.True);
    }

    [Test]
    public void A_red_ink_voucher_gives_the_items_of_what_it_reverses_negated()
    {
        var shares = MoneyFlow.Of([L("513", -300, 0), L("101", 0, -300)], isRedInk: true);

        Assert.That(shares.Select(s => (s.Against.Code, s.IsIncome, s.AmountFen)), Is.EqualTo(new[] { ("513", false, -300L) }));
    }

    [Test]
    public void A_sale_and_its_cost_in_one_voucher_bring_money_in_against_the_sale_only()
    {
        var shares = MoneyFlow.Of([L("10201", 100_000, 0), L("501", 0, 100_000), L("511", 80_000, 0), L("121", 0, 80_000)], isRedInk: false);

        Assert.That(shares.Select(s => (s.Against.Code, s.IsIncome, s.AmountFen)), Is.EqualTo(new[] { ("501", true, 100_000L) }));
    }

    [Test]
    public void A_deposit_beside_an_accrual_moves_no_money_to_or_from_anyone()
    {
        Assert.That(MoneyFlow.Of([L("101", 10_000, 0), L("10201", 0, 10_000), L("112", 5_000, 0), L("501", 0, 5_000)], isRedInk: false), Is.Empty);
    }

    [Test]
    public void A_receipt_and_a_payment_of_the_same_amount_through_one_bank_account_are_both_shown()
    {
        var shares = MoneyFlow.Of([L("10201", 100_000, 0), L("501", 0, 100_000), L("511", 100_000, 0), L("10201", 0, 100_000)], isRedInk: false);

        Assert.That(shares.Select(s => (s.Against.Code, s.IsIncome, s.AmountFen)), Is.EqualTo(new[] { ("501", true, 100_000L), ("511", false, 100_000L) }));
    }
}
