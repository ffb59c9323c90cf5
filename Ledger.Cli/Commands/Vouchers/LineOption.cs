using Ledger.Cli.Hosting;
using Ledger.Core.Vouchers;

namespace Ledger.Cli.Commands.Vouchers;

/// <summary>Reads <c>--line account:debit:credit[:counterparty[:project]]</c>; a malformed one is a usage error.</summary>
internal static class LineOption
{
    public static VoucherLine Parse(string text)
    {
        var line = LineText.Parse(text);
        return line.IsRefused ? throw new UsageException($"--line: {line.Refusals[0].Message.En}") : line.Value;
    }
}
