using System.ComponentModel;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Periods;
using Ledger.Core.Reports;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Reports;

/// <summary>The settings of the two statements: a book, and a period or a year.</summary>
public sealed class StatementSettings : GlobalSettings
{
    [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
    [CommandOption("--book <BOOK>")]
    public string? Book { get; init; }

    [Says("期间：月份 2024-03、季度 2024-Q1 或年度 2024", "The period: a month 2024-03, a quarter 2024-Q1 or a year 2024")]
    [CommandOption("--period <PERIOD>")]
    public string? Period { get; init; }

    [Says("年度，如 2024", "The year, e.g. 2024")]
    [CommandOption("--year <YEAR>")]
    public string? Year { get; init; }
}
