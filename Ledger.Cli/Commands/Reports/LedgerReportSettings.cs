using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Reports;

/// <summary>The account ledger's settings: the book, account and period, and which ledger to lay out as printed.</summary>
public sealed class LedgerReportSettings : BookAccountPeriodSettings
{
    [Says("账页格式：detail（明细账）、general（总账）或 columnar（多栏账）；给出时按账页打印格式输出，--out x.html 或 x.xlsx 亦然",
        "The ledger as printed: detail (明细账), general (总账) or columnar (多栏账); also what --out x.html or x.xlsx writes")]
    [CommandOption("--kind <KIND>")]
    public string? Kind { get; init; }
}
