using System.Text;
using CsCheck;
using Ledger.Core;
using Ledger.Core.Import;
using Ledger.Tests.Support;

namespace Ledger.Tests.Integrity;

/// <summary>
/// Random input, for a bounded time, against Money's parser and the voucher row parser: whatever comes in, the
/// answer is a value or a refusal, never an exception, and what is accepted reads back the same.
/// </summary>
public sealed class RandomInputTests
{
    /// <summary>Each property runs this long in CI: long enough to find the usual slips, short enough for every run.</summary>
    private const int SecondsPerProperty = 4;

    /// <summary>Pieces clerks' amount cells are made of, plus the characters that break naive parsers.</summary>
    private static readonly Gen<string> AmountText = Gen.OneOf(
        Gen.String,
        Gen.Char["0123456789.,-+ ￥¥元e()（）０１２３４５６７８９万\t\u00a0\0"].Array[0, 24].Select(c => new string(c)));

    [Test]
    public void Money_prints_and_parses_back_to_the_same_fen()
    {
        Gen.Long[-100_000_000_000_000, 100_000_000_000_000].Sample(
            fen => Money.Parse(Money.FromFen(fen).ToString()).Value.Fen == fen
                && Money.Parse(Money.FromFen(fen).ToDisplayString()).Value.Fen == fen,
            time: SecondsPerProperty);
    }

    [Test]
    public void Money_parses_any_text_to_an_amount_or_a_refusal_and_an_amount_reads_back_the_same()
    {
        AmountText.Sample(text =>
        {
            var parsed = Money.Parse(text);
            return parsed.IsRefused || Money.Parse(parsed.Value.ToString()).Value == parsed.Value;
        }, time: SecondsPerProperty);
    }

    [Test]
    public void The_row_parser_answers_any_sheet_with_vouchers_or_refusals_never_an_exception()
    {
        // One store and one session, so one thread: a store takes one database transaction at a time.
        using var ledger = new TestLedger();
        var session = ledger.As("wang");
        var cell = Gen.OneOf(
            AmountText,
            Gen.Const("2024-03-05"), Gen.Const("2024年3月5日"), Gen.Const("45356"), Gen.Const("记-1"), Gen.Const("10201"), Gen.Const("501"),
            Gen.Const("合计"), Gen.Const(""), Gen.Const("\"\""), Gen.Const("=1+1"), Gen.String);
        var row = cell.Array[0, 8].Select(cells => string.Join(',', cells.Select(c => c.Replace("\n", "", StringComparison.Ordinal))));
        var sheet = row.Array[0, 12].Select(rows => "日期,凭证号,摘要,科目编码,借方金额,贷方金额\n" + string.Join('\n', rows));

        sheet.Sample(text =>
        {
            using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));
            var result = session.Imports.Vouchers("random.csv", content, new VoucherImportOptions(TestLedger.Collective, DryRun: true, AllowDuplicates: true));
            return result.IsRefused
                ? result.Refusals.All(r => r.Message.En.Length > 0)
                : result.Value.Vouchers > 0;
        }, time: SecondsPerProperty, threads: 1);
    }
}
