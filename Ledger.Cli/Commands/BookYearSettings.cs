using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands;

/// <summary>The book and year that the budget and dividends commands name.</summary>
public class BookYearSettings : GlobalSettings
{
    [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
    [CommandOption("--book <BOOK>")]
    public string? Book { get; init; }

    [Says("年度，如 2024", "The year, e.g. 2024")]
    [CommandOption("--year <YEAR>")]
    public int? Year { get; init; }
}
