using System.Globalization;
using Ledger.Core;
using Ledger.Core.Import;

namespace Ledger.Cli.Commands.Import;

/// <summary>How every import tells what it took, per book, or that the file was imported before.</summary>
internal static class ImportReportPrinter
{
    public static void Print(TextWriter output, ImportReport report, Language language)
    {
        var zh = language == Language.Zh;
        if (report.AlreadyImported is { } before)
        {
            // People are shown the township's time, as everywhere else; the store keeps UTC.
            var at = before.AtUtc.ToOffset(Ledger.Core.LedgerSession.TownshipOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            output.WriteLine(zh
                ? $"{report.FileName} 已于 {at}（北京时间）由 {before.User} 导入（当时文件名 {before.FileName}），本次未导入任何数据"
                : $"{report.FileName} was already imported on {at} (Beijing time) by {before.User} (as {before.FileName}); nothing imported");
            return;
        }
        var (itemZh, itemEn) = report.Kind switch
        {
            "accounts" => ("个明细科目", "sub-accounts"),
            "opening" => ("个科目的期初余额", "opening balances"),
            "budget" => ("行预算", "budget lines"),
            _ => ("行分录", "lines"),
        };
        foreach (var book in report.Books)
        {
            output.WriteLine((report.Kind, zh) switch
            {
                ("vouchers", true) => $"{book.Book}：{book.Vouchers} 张凭证，{book.Lines} 行分录",
                ("vouchers", false) => $"{book.Book}: {book.Vouchers} vouchers, {book.Lines} lines",
                (_, true) => $"{book.Book}：{book.Lines} {itemZh}",
                (_, false) => $"{book.Book}: {book.Lines} {itemEn}",
            });
        }
        // Warnings go with the report, so that a dry run shows them before anything is written.
        foreach (var warning in report.Warnings)
        {
            output.WriteLine(warning.In(language));
        }
        var what = report.Kind == "vouchers"
            ? (zh ? $"{report.Vouchers} 张凭证、{report.Lines} 行分录" : $"{report.Vouchers} vouchers, {report.Lines} lines")
            : (zh ? $"{report.Lines} {itemZh}" : $"{report.Lines} {itemEn}");
        output.WriteLine((report.DryRun, zh) switch
        {
            (true, true) => $"试导入：将导入 {what}；未写入任何数据",
            (true, false) => $"Dry run: would import {what}; nothing written",
            (false, true) => $"已导入 {what}",
            (false, false) => $"Imported {what}" + (report.Kind == "vouchers" ? ", as submitted" : ""),
        });
    }
}
