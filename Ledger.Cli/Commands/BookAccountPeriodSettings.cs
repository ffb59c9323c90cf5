using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands;

/// <summary>The book, account and period that the account ledger and the bank commands name.</summary>
public class BookAccountPeriodSettings : GlobalSettings
{
    [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
    [CommandOption("--book <BOOK>")]
    public string? Book { get; init; }

    [Says("科目编码，如 102 或 10201", "The account code, e.g. 102 or 10201")]
    [CommandOption("--account <CODE>")]
    public string? Account { get; init; }

    [Says("期间：月份 2024-03、季度 2024-Q1 或年度 2024", "The period: a month 2024-03, a quarter 2024-Q1 or a year 2024")]
    [CommandOption("--period <PERIOD>")]
    public string? Period { get; init; }
}
