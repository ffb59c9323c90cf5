using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Books;

namespace Ledger.Cli.Commands.Setup;

[Says("列出全镇的村。", "List the township's villages.")]
internal sealed class VillageListCommand(CliContext context) : LedgerCommand<GlobalSettings>(context)
{
    private static readonly Column<Village>[] Columns =
    [
        new("code", new Text("村编码", "code"), v => v.Code.Value),
        new("name", new Text("村名称", "name"), v => v.Name),
    ];

    protected override int Run(GlobalSettings settings) => WithSession(settings, session =>
    {
        var villages = session.Villages.List();
        Emit(settings, target => Output.Listing(target, FormatOf(settings), LanguageOf(settings), Columns, villages));
        return ExitCodes.Done;
    });
}
