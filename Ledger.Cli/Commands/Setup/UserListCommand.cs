using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Users;

namespace Ledger.Cli.Commands.Setup;

[Says("列出用户及其角色。", "List the users and their roles.")]
internal sealed class UserListCommand(CliContext context) : LedgerCommand<GlobalSettings>(context)
{
    protected override int Run(GlobalSettings settings) => WithSession(settings, session =>
    {
        var language = LanguageOf(settings);
        Column<User>[] columns =
        [
            new("name", new Text("用户", "name"), u => u.Name),
            new("role", new Text("角色", "role"), u => language == Language.Zh && FormatOf(settings) == OutputFormat.Table ? u.Role.Label().Zh : u.Role.Key()),
            new("village", new Text("村", "village"), u => u.Village?.Value),
        ];
        Emit(settings, target => Output.Listing(target, FormatOf(settings), language, columns, session.Users.List()));
        return ExitCodes.Done;
    });
}
