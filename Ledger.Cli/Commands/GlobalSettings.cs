using System.ComponentModel;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands;

/// <summary>The options every command takes (../shared/contract.md, "Conventions").</summary>
public class GlobalSettings : CommandSettings
{
    [CommandOption("--db <PATH>")]
    [Description("The store; default vledger.db here, or VLEDGER_DB.")]
    public string? Db { get; init; }

    [CommandOption("--user <NAME>")]
    [Description("Who acts; or VLEDGER_USER. Required by every command that changes data.")]
    public string? User { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("table, json or csv.")]
    public string? Format { get; init; }

    [CommandOption("--lang <LANG>")]
    [Description("zh or en; default zh when LANG starts with zh.")]
    public string? Lang { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Write the listing or report to a file instead of stdout.")]
    public string? Out { get; init; }
}
