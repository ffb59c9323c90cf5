using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Identity;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Setup;

[Says("登录：凭密码为本操作系统账户开启一个会话（默认 8 小时），此后命令只需 --user。", "Log in: open a session for this OS account, proven by the password (8 hours by default); commands then need only --user.")]
internal sealed class LoginCommand(CliContext context) : LedgerCommand<LoginCommand.Settings>(context)
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
        var password = PresentPassword(settings, userName, language, Context.Variable("VLEDGER_PASSWORD"));
        var ticket = Credentials.Login(database, userName, password, Context.Clock);
        if (ticket.IsRefused)
        {
            return Refused(ticket, settings);
        }
        var files = new SessionFiles(Context);
        files.Write(ticket.Value.StoreId, ticket.Value.UserName, ticket.Value.Token);
        var until = ticket.Value.ExpiresUtc.ToOffset(LedgerSession.TownshipOffset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Context.Out.WriteLine(language == Language.Zh
            ? $"{ticket.Value.UserName} 已登录，至 {until}（北京时间）；用 vledger logout 退出"
            : $"{ticket.Value.UserName} is logged in until {until} (Beijing time); 'vledger logout' ends it");
        return ExitCodes.Done;
    }
}
