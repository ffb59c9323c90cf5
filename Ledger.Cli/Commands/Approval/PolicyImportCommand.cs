using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Approval;

[Says("用 JSON 文件替换审批规则（默认规则见 seeds/approval-policy.json）。", "Replace the approval policy with a JSON file (the default is seeds/approval-policy.json).")]
internal sealed class PolicyImportCommand(CliContext context) : LedgerCommand<PolicyImportCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("文件", "The file")]
        [CommandArgument(0, "<FILE>")]
        public string File { get; init; } = "";
    }

    protected override int Run(Settings settings) => WithSession(settings, session =>
    {
        var json = Ledger.Core.Import.TextDecoding.Decode(InputFile.Read(Context, settings.File));
        var result = session.Approvals.ImportPolicy(json);
        if (result.IsRefused)
        {
            return Refused(result, settings);
        }
        Context.Out.WriteLine(LanguageOf(settings) == Ledger.Core.Language.Zh
            ? $"已启用新的审批政策：{result.Value.Tiers.Count} 个金额档次"
            : $"The new approval policy is in force: {result.Value.Tiers.Count} tiers");
        return ExitCodes.Done;
    });
}
