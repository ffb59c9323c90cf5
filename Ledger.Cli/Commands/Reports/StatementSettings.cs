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
    [CommandOption("--book <BOOK>")]
    public string? Book { get; init; }

    [CommandOption("--period <PERIOD>")]
    public string? Period { get; init; }

    [CommandOption("--year <YEAR>")]
    public string? Year { get; init; }
}
