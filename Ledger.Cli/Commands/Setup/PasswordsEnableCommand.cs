using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Identity;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Setup;

[Says("为一直只凭用户名操作的乡镇（--no-passwords 建立，或建于密码功能之前）启用密码：管理员设自己的密码并生成根签名密钥，此后改动数据都须证明身份；其他用户的密码由管理员用 user reset-password 设置。",
    "Turn passwords on for a township that has acted by name (made with --no-passwords, or before passwords existed): the admin sets their own password and the root signing key; from then on every change needs proof; the admin sets the others' with user reset-password.")]
internal sealed class PasswordsEnableCommand(CliContext context) : LedgerCommand<PasswordsEnableCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
    }

    protected override bool StdinProvesActor => false;

    protected override int Run(Settings settings)
    {
        var language = LanguageOf(settings);
        var admin = Required(ActingUser(settings), "--user", "zhang");
        using var database = OpenStore(settings);
        var password = NewPassword(settings, admin, language)
            ?? throw new UsageException(new Text("管理员的新密码用 --password-stdin 从标准输入给出，或在终端上输入", "give the admin's new password on standard input with --password-stdin, or at a terminal"));
        var result = Credentials.EnablePasswords(database, admin, password, Context.Clock);
        if (result.IsRefused)
        {
            return Refused(result, settings);
        }
        Context.Out.WriteLine(language == Language.Zh
            ? $"本乡镇已启用密码：{admin.Trim()} 的密码和根签名密钥已设；请用 vledger user reset-password 为其他用户设置密码，此后改动数据都须先 vledger login"
            : $"Passwords are on: {admin.Trim()}'s password and the root signing key are set; give the other users theirs with 'vledger user reset-password'; every change now needs 'vledger login' first");
        return ExitCodes.Done;
    }
}
