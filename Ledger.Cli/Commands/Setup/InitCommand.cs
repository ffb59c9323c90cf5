using Ledger.Cli.Hosting;
using Ledger.Core.Setup;
using Ledger.Core.Storage;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Setup;

[Says("新建乡镇账库及第一个管理员。", "Create a township's store and its first admin.")]
internal sealed class InitCommand(CliContext context) : LedgerCommand<InitCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [CommandOption("--township <CODE>")]
        [Says("乡镇代码，如 330424101。", "The township's code, e.g. 330424101.")]
        public string? Township { get; init; }

        [CommandOption("--name <NAME>")]
        [Says("乡镇名称，如 沈荡镇。", "The township's name, e.g. 沈荡镇.")]
        public string? Name { get; init; }

        [CommandOption("--admin <USER>")]
        [Says("第一个管理员的用户名。", "The first admin's user name.")]
        public string? Admin { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var code = Required(settings.Township, "--township", "330424101");
        var name = Required(settings.Name, "--name", "沈荡镇");
        var admin = Required(settings.Admin, "--admin", "zhang");
        var path = StorePath(settings);
        if (File.Exists(path))
        {
            throw new UsageException($"a file already exists at {path}: init creates a new store only");
        }
        var language = LanguageOf(settings);
        var created = false;
        try
        {
            using (var database = LedgerDatabase.Create(path))
            {
                var result = TownshipSetup.Init(database, code, name, admin, Context.Clock);
                if (result.IsRefused)
                {
                    return Refused(result, settings);
                }
            }
            created = true;
        }
        finally
        {
            if (!created)
            {
                StoreFiles.Delete(path);
            }
        }
        Context.Out.WriteLine(language == Ledger.Core.Language.Zh
            ? $"已创建 {name}（{code}）的账库 {path}，管理员 {admin}"
            : $"Created the store of {name} ({code}) at {path}; admin {admin}");
        return ExitCodes.Done;
    }
}
