using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Setup;

[Says("新增一个村及其两本账：村委会（committee）和合作社（collective）。", "Add a village with its two books: committee and collective.")]
internal sealed class VillageAddCommand(CliContext context) : LedgerCommand<VillageAddCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("编码", "The code")]
        [CommandArgument(0, "<CODE>")]
        public string Code { get; init; } = "";

        [Says("名称", "The name")]
        [CommandArgument(1, "<NAME>")]
        public string Name { get; init; } = "";
    }

    protected override int Run(Settings settings) => WithSession(settings, session =>
    {
        var result = session.Villages.Add(settings.Code, settings.Name);
        if (result.IsRefused)
        {
            return Refused(result, settings);
        }
        var village = result.Value;
        Context.Out.WriteLine(LanguageOf(settings) == Ledger.Core.Language.Zh
            ? $"已添加 {village.Code} {village.Name}：账套 {village.Code}/committee（村民委员会）和 {village.Code}/collective（股份经济合作社）"
            : $"Added {village.Code} {village.Name} with books {village.Code}/committee and {village.Code}/collective");
        return ExitCodes.Done;
    });
}
