using System.ComponentModel;
using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Import;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Import;

/// <summary>The settings the register imports share.</summary>
public class ImportRegisterSettings : GlobalSettings
{
    [CommandArgument(0, "<FILE>")]
    public string File { get; init; } = "";

    [CommandOption("--book <BOOK>")]
    public string? Book { get; init; }

    [CommandOption("--period <MONTH>")]
    [Description("For opening balances: the first month of the book, e.g. 2024-01.")]
    public string? Period { get; init; }

    [CommandOption("--dry-run")]
    [Description("Check everything and say what would be imported, writing nothing.")]
    public bool DryRun { get; init; }
}
