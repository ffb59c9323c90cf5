using Ledger.Core;
using Ledger.Core.Approval;

namespace Ledger.Tests.Approval;

public sealed class PaymentTests
{
    [Test]
    public void Cash_paid_into_the_books_own_bank_beside_a_payment_from_the_bank_is_no_cash_payment()
    {
        (string, long, long)[] lines = [("10201", 300_000, 0), ("112", 200_000, 0), ("101", 0, 300_000), ("10201", 0, 200_000)];

        Assert.That(Payment.InCash(lines), Is.EqualTo(Money.Zero));
        Assert.That(Payment.Of(lines), Is.EqualTo(Money.FromFen(200_000)));
    }

    [Test]
    public void A_cash_payment_beside_a_receipt_into_the_bank_is_still_a_cash_payment()
    {
        (string, long, long)[] lines = [("10201", 500_000, 0), ("501", 0, 500_000), ("511", 80_000, 0), ("101", 0, 80_000)];

        Assert.That(Payment.InCash(lines), Is.EqualTo(Money.FromFen(80_000)));
    }

    [Test]
    public void A_plain_cash_payment_is_all_cash()
    {
        Assert.That(Payment.InCash([("513", 120_000, 0), ("101", 0, 120_000)]), Is.EqualTo(Money.FromFen(120_000)));
    }
}
