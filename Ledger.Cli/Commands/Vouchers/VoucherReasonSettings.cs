using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Vouchers;

/// <summary>A voucher by id and why: what reject, withdraw and reverse all take.</summary>
public class VoucherReasonSettings : GlobalSettings
{
    [Says("凭证 ID（voucher list 的 id 列）", "A voucher's id, as voucher list shows it")]
    [CommandArgument(0, "<ID>")]
    public string Id { get; init; } = "";

    [Says("原因，记入历史", "The reason, kept in the history")]
    [CommandOption("--reason <TEXT>")]
    public string? Reason { get; init; }
}
