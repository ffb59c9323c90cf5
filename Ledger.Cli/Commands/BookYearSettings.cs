using Spectre.Console.Cli;

namespace Ledger.Cli.Commands;

/// <summary>The book and year that the budget and dividends commands name.</summary>
public class BookYearSettings : GlobalSettings
{
    [CommandOption("--book <BOOK>")]
    public string? Book { get; init; }

    [CommandOption("--year <YEAR>")]
    public int? Year { get; init; }
}
