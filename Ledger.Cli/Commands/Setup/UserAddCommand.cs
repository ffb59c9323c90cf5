using Ledger.Cli.Hosting;
using Ledger.Core.Books;
using Ledger.Core.Identity;
using Ledger.Core.Users;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Setup;

[Says("新增用户及其角色；报账员、村负责人和民主理财小组成员属于某个村。", "Add a user with a role; clerks, village heads and finance-group members belong to a village.")]
internal sealed class UserAddCommand(CliContext context) : LedgerCommand<UserAddCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("名称", "The name")]
        [CommandArgument(0, "<NAME>")]
        public string Name { get; init; } = "";

        [CommandOption("--role <ROLE>")]
        [Says("admin（管理员）、clerk（报账员）、village-head（村负责人）、finance-group（民主理财小组）、township-reviewer（审核员）、township-accountant（记账会计）或 auditor（审计）。", "admin, clerk, village-head, finance-group, township-reviewer, township-accountant or auditor.")]
        public string? Role { get; init; }

        [Says("村编码，如 V001", "The village code, e.g. V001")]
        [CommandOption("--village <CODE>")]
        public string? Village { get; init; }
    }

    protected override bool StdinProvesActor => false;

    protected override int Run(Settings settings)
    {
        var role = Parsed(RoleNames.Parse(Required(settings.Role, "--role", "clerk")), "--role");
        var village = OptionalVillage(settings.Village);
        return WithSession(settings, session =>
        {
            var language = LanguageOf(settings);
            // The new user's password, read only where passwords are used: a township run by name alone asks none.
            var password = session.ProofMode == ProofMode.Passwords ? NewPassword(settings, settings.Name.Trim(), language) : null;
            var result = session.Users.Add(settings.Name, role, village, password);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var user = result.Value;
            var where = user.Village is null ? "" : $" ({user.Village})";
            Context.Out.WriteLine(LanguageOf(settings) == Ledger.Core.Language.Zh
                ? $"已添加用户 {user.Name}：{user.Role.Label().Zh}{where}"
                : $"Added user {user.Name}: {user.Role.Key()}{where}");
            if (session.ProofMode == ProofMode.Names && settings.PasswordStdin)
            {
                Context.Out.WriteLine(language == Ledger.Core.Language.Zh
                    ? "本乡镇不用密码（--no-passwords）：未读取也未保存密码"
                    : "This township runs without passwords (--no-passwords): no password was read or kept");
            }
            if (session.ProofMode == ProofMode.Passwords && password is null)
            {
                Context.Out.WriteLine(language == Ledger.Core.Language.Zh
                    ? $"{user.Name} 还没有密码，不能操作：请管理员用 vledger user reset-password {user.Name} --password-stdin 设置"
                    : $"{user.Name} has no password yet and cannot act: an admin sets one with 'vledger user reset-password {user.Name} --password-stdin'");
            }
            return ExitCodes.Done;
        });
    }
}
