using System.ComponentModel;
using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Shares;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Shares;

[Description("Approve a dividend plan: a township reviewer, and the village's democratic finance group; --resolution records the members' assembly resolution.")]
internal sealed class DividendsApproveCommand(CliContext context) : DividendsCommand<DividendsApproveCommand.Settings>(context)
{
    public sealed class Settings : BookYearSettings
    {
        [CommandOption("--resolution <REF>")]
        [Description("The members' (representatives') assembly resolution (成员（代表）大会决议) the plan rests on; needed before posting. An approver who already approved may add it later.")]
        public string? Resolution { get; init; }
    }

    protected override Result<DividendPlan> Act(LedgerSession session, Settings settings, BookRef book, int year) =>
        session.Dividends.Approve(book, year, settings.Resolution);
}
