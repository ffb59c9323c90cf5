using System.ComponentModel;
using System.Globalization;
using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Import;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Import;

[Description("Import a clerk's vouchers from .xlsx, .xls or .csv: all of the file, or, if any row is wrong, none of it.")]
internal sealed class ImportVouchersCommand(CliContext context) : LedgerCommand<ImportVouchersCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<FILE>")]
        public string File { get; init; } = "";

        [CommandOption("--book <BOOK>")]
        [Description("The book of every row, when the file has no 村编码 and 账套 columns.")]
        public string? Book { get; init; }

        [CommandOption("--dry-run")]
        [Description("Check everything and say what would be imported, writing nothing.")]
        public bool DryRun { get; init; }

        [CommandOption("--allow-duplicates")]
        [Description("Import vouchers even when one with the same book, date, number and amount exists.")]
        public bool AllowDuplicates { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var book = OptionalBook(settings.Book);
        var options = new VoucherImportOptions(book, settings.DryRun, settings.AllowDuplicates);
        return WithSession(settings, session =>
        {
            using var stream = new ProgressStream(InputFile.Open(Context, settings.File));
            var result = ProgressBar.Over(Context, settings.File, stream, () => session.Imports.Vouchers(settings.File, stream, options));
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Print(result.Value, LanguageOf(settings) == Language.Zh);
            return ExitCodes.Done;
        });
    }

    private void Print(ImportReport report, bool zh)
    {
        if (report.AlreadyImported is { } before)
        {
            var at = before.AtUtc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
            Context.Out.WriteLine(zh
                ? $"{report.FileName} 已于 {at} 由 {before.User} 导入（当时文件名 {before.FileName}），本次未导入任何凭证"
                : $"{report.FileName} was already imported on {at} by {before.User} (as {before.FileName}); nothing imported");
            return;
        }
        foreach (var book in report.Books)
        {
            Context.Out.WriteLine(zh ? $"{book.Book}：{book.Vouchers} 张凭证，{book.Lines} 行分录" : $"{book.Book}: {book.Vouchers} vouchers, {book.Lines} lines");
        }
        Context.Out.WriteLine((report.DryRun, zh) switch
        {
            (true, true) => $"试导入：将导入 {report.Vouchers} 张凭证、{report.Lines} 行分录；未写入任何数据",
            (true, false) => $"Dry run: would import {report.Vouchers} vouchers, {report.Lines} lines; nothing written",
            (false, true) => $"已导入 {report.Vouchers} 张凭证、{report.Lines} 行分录，状态为已提交",
            (false, false) => $"Imported {report.Vouchers} vouchers, {report.Lines} lines, as submitted",
        });
    }
}
