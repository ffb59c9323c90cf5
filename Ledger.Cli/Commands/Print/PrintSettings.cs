using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Print;

/// <summary>What every print command names: the book, the period, and the page the PDF is laid out on.</summary>
public class PrintSettings : GlobalSettings
{
    [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
    [CommandOption("--book <BOOK>")]
    public string? Book { get; init; }

    [Says("期间：月份 2024-03、季度 2024-Q1 或年度 2024", "The period: a month 2024-03, a quarter 2024-Q1 or a year 2024")]
    [CommandOption("--period <PERIOD>")]
    public string? Period { get; init; }

    [Says("纸张：a4（默认）或 a5", "The paper: a4 (default) or a5")]
    [CommandOption("--paper <PAPER>")]
    public string? Paper { get; init; }

    [Says("横向打印", "Print landscape")]
    [CommandOption("--landscape")]
    public bool Landscape { get; init; }

    [Says("页边距（毫米），默认 15", "The margins in millimetres, 15 by default")]
    [CommandOption("--margin <MM>")]
    public float? MarginMm { get; init; }
}
