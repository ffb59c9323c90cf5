using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Budgets;

/// <summary>The book and year every budget command names.</summary>
public class BudgetSettings : GlobalSettings
{
    [CommandOption("--book <BOOK>")]
    public string? Book { get; init; }

    [CommandOption("--year <YEAR>")]
    public int? Year { get; init; }
}
