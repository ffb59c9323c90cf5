using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering.Pdf;
using Ledger.Core;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Print;

[Says("打印记账凭证（PDF）：一个账套一个期间的已记账凭证，默认每张 A4 两张凭证，含大写合计和签章栏。",
    "Print vouchers (PDF): a book's posted vouchers of a period, two to an A4 page by default, with the total in capitals and the signature line.")]
internal sealed class PrintVouchersCommand(CliContext context) : PrintCommand<PrintVouchersCommand.Settings>(context)
{
    public sealed class Settings : PrintSettings
    {
        [Says("版式：half（每页两张，默认）或 full（每页一张）", "The layout: half (two to a page, default) or full (one to a page)")]
        [CommandOption("--layout <LAYOUT>")]
        public string? Layout { get; init; }

        [Says("也打印已审批未记账的凭证（无凭证号）", "Also print approved vouchers not yet posted (without a number)")]
        [CommandOption("--include-approved")]
        public bool IncludeApproved { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var (book, period) = RequiredBookPeriod(settings);
        var path = RequiredPdfPath(settings);
        var layout = (settings.Layout ?? "half").Trim().ToLowerInvariant() switch
        {
            "half" => VoucherLayout.Half,
            "full" => VoucherLayout.Full,
            _ => throw new UsageException(new Text($"--layout 只能是 half 或 full，不能是“{settings.Layout}”", $"--layout takes half or full, not '{settings.Layout}'")),
        };
        var options = PageOptionsOf(settings);
        return WithSession(settings, session =>
        {
            var vouchers = session.Print.Vouchers(book, period, settings.IncludeApproved);
            if (vouchers.IsRefused)
            {
                return Refused(vouchers, settings);
            }
            var pages = 0;
            var label = new Text($"打印 {book} {period.Name} 记账凭证", $"Printing the vouchers of {book} {period.Name}").In(LanguageOf(settings));
            WritePdf(path, file => pages = ProgressBar.Counting(Context, label, VoucherPdf.PageCount(vouchers.Value, layout),
                pageWritten => VoucherPdf.Write(vouchers.Value, file, options, layout, pageWritten)));
            Context.Out.WriteLine(new Text($"已写出 {settings.Out}：{book} {period.Name} 记账凭证 {vouchers.Value.Count} 张，共 {pages} 页",
                $"Wrote {settings.Out}: {vouchers.Value.Count} vouchers of {book} {period.Name} on {pages} pages").In(LanguageOf(settings)));
            return ExitCodes.Done;
        });
    }
}
