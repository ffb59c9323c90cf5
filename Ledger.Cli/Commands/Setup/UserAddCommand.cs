using System.ComponentModel;
using Ledger.Cli.Hosting;
using Ledger.Core.Books;
using Ledger.Core.Users;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Setup;

[Description("Add a user with a role; clerks, village heads and finance-group members belong to a village.")]
internal sealed class UserAddCommand(CliContext context) : LedgerCommand<UserAddCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<NAME>")]
        public string Name { get; init; } = "";

        [CommandOption("--role <ROLE>")]
        [Description("admin, clerk, village-head, finance-group, township-reviewer, township-accountant or auditor.")]
        public string? Role { get; init; }

        [CommandOption("--village <CODE>")]
        public string? Village { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var role = Parsed(RoleNames.Parse(Required(settings.Role, "--role", "clerk")), "--role");
        var village = OptionalVillage(settings.Village);
        return WithSession(settings, session =>
        {
            var result = session.Users.Add(settings.Name, role, village);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var user = result.Value;
            var where = user.Village is null ? "" : $" ({user.Village})";
            Context.Out.WriteLine(LanguageOf(settings) == Ledger.Core.Language.Zh
                ? $"已添加用户 {user.Name}：{user.Role.Label().Zh}{where}"
                : $"Added user {user.Name}: {user.Role.Key()}{where}");
            return ExitCodes.Done;
        });
    }
}
