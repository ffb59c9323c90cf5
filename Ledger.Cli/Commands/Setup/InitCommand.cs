using Ledger.Cli.Hosting;
using Ledger.Core;
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

        [CommandOption("--no-passwords")]
        [Says("不用密码：用户只凭用户名操作（一人使用、演示、测试）；审批和记账不签名。", "No passwords: users act by name alone (a single trusted person, demos, tests); approvals and postings are not signed.")]
        public bool NoPasswords { get; init; }
    }

    protected override bool StdinProvesActor => false;

    protected override int Run(Settings settings)
    {
        var code = Required(settings.Township, "--township", "330424101");
        var name = Required(settings.Name, "--name", "沈荡镇");
        var admin = Required(settings.Admin, "--admin", "zhang");
        var path = StoreAddressOf(settings);
        if (!path.IsPostgres && File.Exists(path.FilePath))
        {
            throw new UsageException(new Text($"{path} 处已有文件：init 只新建账库，不覆盖已有的", $"a file already exists at {path}: init creates a new store only"));
        }
        var language = LanguageOf(settings);
        string? password = null;
        if (settings.NoPasswords)
        {
            if (settings.PasswordStdin)
            {
                throw new UsageException(new Text("--no-passwords 与 --password-stdin 不能同时使用", "--no-passwords and --password-stdin contradict each other"));
            }
        }
        else
        {
            password = (settings.PasswordStdin ? null : Context.Variable("VLEDGER_PASSWORD")) ?? NewPassword(settings, admin, language)
                ?? throw new UsageException(new Text(
                    $"init 需要第一个管理员 {admin} 的密码：用 --password-stdin 从标准输入给出，或设环境变量 VLEDGER_PASSWORD，或在终端上输入；不用密码的乡镇用 --no-passwords",
                    $"init needs the first admin's password: give it on standard input with --password-stdin, in VLEDGER_PASSWORD, or at a terminal; a township without passwords is made with --no-passwords"));
        }
        if (LedgerStores.TablesIn(path) is { Count: > 0 } tables)
        {
            throw new UsageException(LedgerStores.NotEmpty(path, tables).Message);
        }
        var store = LedgerStores.Create(path);
        var created = false;
        try
        {
            using (var database = store)
            {
                var result = TownshipSetup.Init(database, code, name, admin, Context.Clock, adminPassword: password);
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
                LedgerStores.Discard(path);
            }
        }
        Context.Out.WriteLine(language == Ledger.Core.Language.Zh
            ? $"已创建 {name}（{code}）的账库 {path}，管理员 {admin}"
            : $"Created the store of {name} ({code}) at {path}; admin {admin}");
        Context.Out.WriteLine((password is null, language == Ledger.Core.Language.Zh) switch
        {
            (true, true) => "本乡镇不用密码（--no-passwords）：用户只凭用户名操作，审批和记账不签名",
            (true, false) => "This township runs without passwords (--no-passwords): users act by name alone, and approvals and postings are not signed",
            (false, true) => $"凡改动数据的命令都须证明身份：先 vledger login --user {admin} 登录",
            (false, false) => $"Every changing command needs proof of who acts: log in first with 'vledger login --user {admin}'",
        });
        return ExitCodes.Done;
    }
}
