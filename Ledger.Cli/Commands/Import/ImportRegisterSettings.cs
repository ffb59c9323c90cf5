using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Import;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Import;

/// <summary>The settings the register imports share.</summary>
public class ImportRegisterSettings : GlobalSettings
{
    [Says("文件", "The file")]
    [CommandArgument(0, "<FILE>")]
    public string File { get; init; } = "";

    [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
    [CommandOption("--book <BOOK>")]
    public string? Book { get; init; }

    [CommandOption("--period <MONTH>")]
    [Says("用于期初余额：账套的第一个月，如 2024-01。", "For opening balances: the first month of the book, e.g. 2024-01.")]
    public string? Period { get; init; }

    [CommandOption("--dry-run")]
    [Says("全部检查并说明将导入什么，不写入任何数据。", "Check everything and say what would be imported, writing nothing.")]
    public bool DryRun { get; init; }
}
