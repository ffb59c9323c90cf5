using Ledger.Cli.Hosting;
using Ledger.Core;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Shares;

[Says("从表格建立合作社的股权登记簿，列为 户号,姓名,身份证号,股份类型,股数。", "Draw up a collective's share register from a sheet with the columns 户号,姓名,身份证号,股份类型,股数.")]
internal sealed class ImportMembersCommand(CliContext context) : LedgerCommand<ImportMembersCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("文件", "The file")]
        [CommandArgument(0, "<FILE>")]
        public string File { get; init; } = "";

        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [CommandOption("--dry-run")]
        [Says("检查文件并说明将导入什么，不写入任何数据。", "Check the file and say what would be imported, writing nothing.")]
        public bool DryRun { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var book = RequiredBook(settings.Book);
        return WithSession(settings, session =>
        {
            using var stream = InputFile.Open(Context, settings.File);
            var result = session.Shares.ImportMembers(settings.File, stream, book, settings.DryRun);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var report = result.Value;
            var units = string.Join(", ", report.UnitsByClass.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => $"{u.Key} {u.Value}"));
            var zh = LanguageOf(settings) == Language.Zh;
            var verb = report.DryRun ? (zh ? "可导入（试运行，未写入）" : "would import (dry run, nothing written)") : (zh ? "已导入" : "imported");
            Context.Out.WriteLine(zh
                ? $"{report.File}: {verb} {report.Book} 股权户 {report.Households} 户；股数 {units}"
                : $"{report.File}: {verb} {report.Households} households into {report.Book}; units {units}");
            return ExitCodes.Done;
        });
    }
}
