using Ledger.Cli.Hosting;
using Ledger.Core.Vouchers;

namespace Ledger.Cli.Commands.Vouchers;

/// <summary>Reads a voucher id given on the command line.</summary>
internal static class VoucherIdArgument
{
    public static VoucherId Parse(string text) =>
        long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0
            ? new VoucherId(id)
            : throw new UsageException($"'{text}' is not a voucher id: give the number that voucher list shows in its id column");
}
