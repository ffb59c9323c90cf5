using System.Text;
using CsvHelper;
using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Shares;

namespace Ledger.Cli.Commands.Shares;

[Says("记账已审批且附有成员（代表）大会决议的收益分配方案：12月31日经 3220101、3220102 入账，并写出银行代发清单（--out payments.csv）。", "Post an approved dividend plan that carries the members' assembly resolution, on 31 December through 3220101 and 3220102, and write the bank's payment list (--out payments.csv).")]
internal sealed class DividendsPostCommand(CliContext context) : LedgerCommand<BookYearSettings>(context)
{
    protected override int Run(BookYearSettings settings)
    {
        var book = RequiredBook(settings.Book);
        var year = RequiredYear(settings.Year);
        var file = settings.Out ?? $"dividends-{book.Village}-{year}.csv";
        if (!Path.GetExtension(file).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"--out names the bank's payment list, a .csv file, not '{file}'");
        }
        return WithSession(settings, session =>
        {
            var result = session.Dividends.Post(book, year);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var posting = result.Value;
            WritePayments(Context.ResolvePath(file), posting.Payments);
            Context.Out.WriteLine(LanguageOf(settings) == Language.Zh
                ? $"已记账 {book} {year} 年度收益分配凭证 {posting.Voucher.Number}（编号 {posting.Voucher.Id}）：公积公益金 {posting.Plan.Reserve.ToDisplayString()}，股金分红 {posting.Plan.Pool.ToDisplayString()}；发放清单 {file}（{posting.Payments.Count} 户）"
                : $"Posted the {year} distribution of {book} as voucher {posting.Voucher.Number} (id {posting.Voucher.Id}): reserve {posting.Plan.Reserve.ToDisplayString()}, dividends {posting.Plan.Pool.ToDisplayString()}; payment list {file} ({posting.Payments.Count} households)");
            return ExitCodes.Done;
        });
    }

    /// <summary>The bank's list (代发清单): one row per household paid, the whole ID number, a BOM for Excel.</summary>
    private static void WritePayments(string path, IReadOnlyList<DividendPayment> payments)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Separator = ',', NewLine = "\r\n", Injection = CsvInjection.Escape }, leaveOpen: true);
        csv.WriteRecord(["序号", "户号", "户主", "身份证号", "实发金额"]);
        var number = 0;
        foreach (var payment in payments)
        {
            csv.WriteRecord([(++number).ToString(System.Globalization.CultureInfo.InvariantCulture), payment.Household, payment.HeadName, payment.IdNumber, payment.Amount.ToString()]);
        }
        csv.Flush();
    }
}
