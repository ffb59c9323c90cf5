using Spectre.Console.Cli;

namespace Ledger.Cli.Commands;

/// <summary>The book, account and period that the account ledger and the bank commands name.</summary>
public class BookAccountPeriodSettings : GlobalSettings
{
    [CommandOption("--book <BOOK>")]
    public string? Book { get; init; }

    [CommandOption("--account <CODE>")]
    public string? Account { get; init; }

    [CommandOption("--period <PERIOD>")]
    public string? Period { get; init; }
}
