using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Integrity;

[Says("用备份替换账库（管理员）；备份须先通过 verify 校验。", "Replace the store with a backup (admin); the backup must pass verify first.")]
internal sealed class RestoreCommand(CliContext context) : LedgerCommand<RestoreCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("文件", "The file")]
        [CommandArgument(0, "<FILE>")]
        public string File { get; init; } = "";
    }

    protected override int Run(Settings settings)
    {
        var source = Context.ResolvePath(settings.File);
        if (!System.IO.File.Exists(source))
        {
            throw new UsageException($"{settings.File}: no such file");
        }
        return WithSession(settings, session =>
        {
            var result = session.Archive.Restore(source);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Context.Out.WriteLine(LanguageOf(settings) == Ledger.Core.Language.Zh
                ? $"已从 {source} 恢复，核验通过：{result.Value.VouchersSealed} 张已记账凭证"
                : $"Restored from {source}; it verifies: {result.Value.VouchersSealed} posted vouchers");
            return ExitCodes.Done;
        });
    }
}
