using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Import;
using Ledger.Core.Shares;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Shares;

[Says("合作社某日的股权登记簿：各户各类股数及折算股数，身份证号脱敏。", "The share register of a collective at a date: units per class and weighted units per household, IDs masked.")]
internal sealed class SharesRegisterCommand(CliContext context) : LedgerCommand<SharesRegisterCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [CommandOption("--date <DATE>")]
        [Says("登记簿的日期；默认今天。", "The date the register is shown at; today by default.")]
        public string? Date { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var book = RequiredBook(settings.Book);
        return WithSession(settings, session =>
        {
            var date = settings.Date is null ? session.Today : Parsed(DateText.Parse(settings.Date), "--date");
            var result = session.Shares.Register(book, date);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var view = result.Value;
            var columns = new List<Column<RegisterRow>>
            {
                new("household", new Text("户号", "household"), r => r.Household),
                new("name", new Text("户主", "head"), r => r.HeadName),
                new("id_number", new Text("身份证号", "ID number"), r => r.MaskedId),
            };
            // One column per class the register holds, keyed by the class's own name, which is the charter's word.
            columns.AddRange(view.Classes.Select(c => new Column<RegisterRow>(c.Name, new Text(c.Name, c.Name), r => r.Units.GetValueOrDefault(c.Name))));
            columns.Add(new("units", new Text("折算股数", "weighted units"), r => r.WeightedUnits));
            var zh = LanguageOf(settings) == Language.Zh;
            Emit(settings, target =>
            {
                if (FormatOf(settings) == OutputFormat.Table)
                {
                    var state = view.FixedOn is { } on ? (zh ? $"{on:yyyy-MM-dd} 固化" : $"fixed on {on:yyyy-MM-dd}") : (zh ? "尚未固化" : "not fixed yet");
                    target.WriteLine(zh
                        ? $"{book} 股权登记簿  {date:yyyy-MM-dd}（{state}）  {view.Rows.Count} 户，{view.TotalUnits} 股，折算 {view.WeightedUnits} 股"
                        : $"Share register of {book} on {date:yyyy-MM-dd} ({state}): {view.Rows.Count} households, {view.TotalUnits} units, {view.WeightedUnits} weighted");
                }
                Output.Listing(target, FormatOf(settings), LanguageOf(settings), columns, view.Rows);
            });
            return ExitCodes.Done;
        });
    }
}
