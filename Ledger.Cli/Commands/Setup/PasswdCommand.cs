using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Identity;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Setup;

[Says("修改自己的密码：--password-stdin 时标准输入两行，旧密码和新密码；签名密钥不变，旧签名依然有效。",
    "Change one's own password: with --password-stdin, two lines on standard input, the old and the new; the signing key stays, and so do earlier signatures.")]
internal sealed class PasswdCommand(CliContext context) : LedgerCommand<PasswdCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
    }

    protected override bool StdinProvesActor => false;

    protected override int Run(Settings settings)
    {
        var language = LanguageOf(settings);
        var userName = Required(ActingUser(settings), "--user", "wang");
        using var database = OpenStore(settings);
        if (Credentials.ModeOf(database).Mode == ProofMode.Names)
        {
            Context.Report([NamesOnly], language);
            return ExitCodes.Refused;
        }
        var oldPassword = PresentPassword(settings, userName, language);
        var newPassword = settings.PasswordStdin ? ReadStdinLine("--password-stdin", new Text("passwd 要两行：旧密码、新密码", "passwd takes two lines: the old password, then the new")) : NewPassword(settings, userName, language)!;
        var result = Credentials.ChangePassword(database, userName, oldPassword, newPassword, Context.Clock);
        if (result.IsRefused)
        {
            return Refused(result, settings);
        }
        Context.Out.WriteLine(language == Language.Zh ? $"已修改 {userName.Trim()} 的密码" : $"Changed {userName.Trim()}'s password");
        return ExitCodes.Done;
    }
}
