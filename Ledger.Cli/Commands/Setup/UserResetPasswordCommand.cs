using Ledger.Cli.Hosting;
using Ledger.Core;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Setup;

[Says("管理员为忘记密码的用户重设密码（记入日志）；该用户得到新的签名密钥，旧签名仍可核验，其登录全部结束。",
    "An admin sets a new password for a user who forgot theirs (logged); the user gets a new signing key, old signatures stay verifiable, and their logins end.")]
internal sealed class UserResetPasswordCommand(CliContext context) : LedgerCommand<UserResetPasswordCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("用户名", "The user's name")]
        [CommandArgument(0, "<NAME>")]
        public string Name { get; init; } = "";
    }

    protected override bool StdinProvesActor => false;

    protected override int Run(Settings settings) => WithSession(settings, session =>
    {
        var language = LanguageOf(settings);
        var password = NewPassword(settings, settings.Name.Trim(), language)
            ?? throw new UsageException(new Text("新密码用 --password-stdin 从标准输入给出，或在终端上输入", "give the new password on standard input with --password-stdin, or at a terminal"));
        var result = session.Identity.ResetPassword(settings.Name, password);
        if (result.IsRefused)
        {
            return Refused(result, settings);
        }
        Context.Out.WriteLine(language == Language.Zh
            ? $"已重设 {settings.Name.Trim()} 的密码并生成新的签名密钥；其原有登录已结束"
            : $"Reset {settings.Name.Trim()}'s password and made a new signing key; their logins have ended");
        return ExitCodes.Done;
    });
}
