using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Print;

/// <summary>The print settings of a book of one account: the journal and the ledgers.</summary>
public class PrintAccountSettings : PrintSettings
{
    [Says("科目编码，如 101、102 或 10201", "The account code, e.g. 101, 102 or 10201")]
    [CommandOption("--account <CODE>")]
    public string? Account { get; init; }
}
