using Ledger.Cli.Hosting;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Integrity;

[Says("用 SQLite 在线备份把整个账库复制到 FILE，他人写入时也安全。", "Copy the whole store to FILE with SQLite's online backup, safe while others write.")]
internal sealed class BackupCommand(CliContext context) : LedgerCommand<BackupCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("文件", "The file")]
        [CommandArgument(0, "<FILE>")]
        public string File { get; init; } = "";
    }

    protected override int Run(Settings settings)
    {
        var target = Context.ResolvePath(settings.File);
        if (System.IO.File.Exists(target) || Directory.Exists(target))
        {
            throw new UsageException($"{settings.File} already exists: a backup never overwrites");
        }
        return WithSession(settings, session =>
        {
            var backup = session.Archive.Backup(target);
            if (backup.IsRefused)
            {
                return Refused(backup, settings);
            }
            Context.Out.WriteLine(LanguageOf(settings) == Ledger.Core.Language.Zh ? $"已备份到 {target}" : $"Backed up to {target}");
            return ExitCodes.Done;
        });
    }
}
