using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Vouchers;

/// <summary>A voucher by id and why: what reject, withdraw and reverse all take.</summary>
public class VoucherReasonSettings : GlobalSettings
{
    [CommandArgument(0, "<ID>")]
    public string Id { get; init; } = "";

    [CommandOption("--reason <TEXT>")]
    public string? Reason { get; init; }
}
