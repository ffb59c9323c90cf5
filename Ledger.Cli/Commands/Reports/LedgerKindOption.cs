using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Print;

namespace Ledger.Cli.Commands.Reports;

/// <summary>Reads <c>--kind detail|general|columnar</c> (明细账, 总账, 多栏账), for the ledger's report and its print.</summary>
internal static class LedgerKindOption
{
    public static LedgerKind? Parse(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        null => null,
        "detail" or "明细账" => LedgerKind.Detail,
        "general" or "总账" => LedgerKind.General,
        "columnar" or "多栏账" => LedgerKind.Columnar,
        _ => throw new UsageException(new Text($"--kind 只能是 detail（明细账）、general（总账）或 columnar（多栏账），不能是“{kind}”",
            $"--kind takes detail, general or columnar, not '{kind}'")),
    };
}
