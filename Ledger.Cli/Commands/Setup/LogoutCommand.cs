using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Identity;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Setup;

[Says("退出登录：结束本操作系统账户在此账库的会话（给 --user 时只结束该用户的）。", "Log out: end this OS account's sessions with this store (with --user, only that user's).")]
internal sealed class LogoutCommand(CliContext context) : LedgerCommand<LogoutCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
    }

    protected override int Run(Settings settings)
    {
        var language = LanguageOf(settings);
        using var database = OpenStore(settings);
        var (_, storeId) = Credentials.ModeOf(database);
        var tokens = new SessionFiles(Context).Remove(storeId, settings.User?.Trim());
        var ended = Credentials.Logout(database, tokens, Context.Clock);
        Context.Out.WriteLine((ended.Count, language == Language.Zh) switch
        {
            (0, true) => "没有需要结束的登录",
            (0, false) => "No login to end",
            (_, true) => $"已退出登录：{string.Join("、", ended)}",
            (_, false) => $"Logged out: {string.Join(", ", ended)}",
        });
        return ExitCodes.Done;
    }
}
