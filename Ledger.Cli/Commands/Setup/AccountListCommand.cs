using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Accounts;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Setup;

[Says("以树形显示账套的会计科目表。", "Show a book's chart of accounts as a tree.")]
internal sealed class AccountListCommand(CliContext context) : LedgerCommand<AccountListCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var book = RequiredBook(settings.Book);
        var format = FormatOf(settings);
        var language = LanguageOf(settings);
        return WithSession(settings, session =>
        {
            var result = session.Accounts.List(book);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            Column<Account>[] columns =
            [
                new("code", new Text("科目编码", "code"), a => format == OutputFormat.Table ? new string(' ', (a.Level - 1) * 2) + a.Code.Value : a.Code.Value),
                new("name", new Text("科目名称", "name"), a => a.Name),
                new("level", new Text("级次", "level"), a => a.Level),
                new("class", new Text("类别", "class"), a => new Shown(a.Class.Key(), a.Class.Label())),
                new("normal_side", new Text("余额方向", "normal side"), a => new Shown(a.NormalSide.Key(), a.NormalSide.Label())),
                new("leaf", new Text("末级", "leaf"), a => a.IsLeaf),
                new("dimension", new Text("辅助核算", "dimension"), a => a.Dimension == DimensionRequirement.None ? null : new Shown(a.Dimension.Key(), a.Dimension.Label())),
            ];
            Emit(settings, target => Output.Listing(target, format, language, columns, result.Value));
            return ExitCodes.Done;
        });
    }
}
