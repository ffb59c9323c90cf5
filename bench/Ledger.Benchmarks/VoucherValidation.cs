using BenchmarkDotNet.Attributes;
using Ledger.Core;
using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Vouchers;

namespace Ledger.Benchmarks;

/// <summary>Every rule a voucher is checked against before it is written, on a three-line payment.</summary>
[MemoryDiagnoser]
public class VoucherValidation
{
    private VoucherDraftValidator _validator = null!;
    private VoucherDraft _draft = null!;

    [GlobalSetup]
    public void Setup()
    {
        _validator = new VoucherDraftValidator(StandardChart.LevelOne.ToDictionary(a => a.Code));
        _draft = new VoucherDraft(BookRef.Parse("V001/collective").Value, new DateOnly(2024, 3, 5), "支付厂房维修费",
        [
            VoucherLine.DebitOf(AccountCode.Parse("511").Value, Money.FromFen(435_000)),
            new VoucherLine(AccountCode.Parse("112").Value, Money.FromFen(20_000), Money.Zero, "张三", null),
            VoucherLine.CreditOf(AccountCode.Parse("102").Value, Money.FromFen(455_000)),
        ]);
    }

    [Benchmark]
    public int Check() => _validator.Check(_draft).Count;
}
