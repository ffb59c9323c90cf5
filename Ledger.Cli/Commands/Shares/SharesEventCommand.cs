using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Import;
using Ledger.Core.Shares;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Shares;

[Says("记录股权固化后户与户之间股份的继承、赠与或转让。", "Record 继承, 赠与 or 转让 of units from one household to another after fixation.")]
internal sealed class SharesEventCommand(CliContext context) : LedgerCommand<SharesEventCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [CommandOption("--type <TYPE>")]
        [Says("继承、赠与或转让。", "继承 (inheritance), 赠与 (gift) or 转让 (transfer).")]
        public string? Type { get; init; }

        [Says("转出股份的户号", "The household the units leave")]
        [CommandOption("--from <HOUSEHOLD>")]
        public string? From { get; init; }

        [Says("转入股份的户号", "The household the units go to")]
        [CommandOption("--to <HOUSEHOLD>")]
        public string? To { get; init; }

        [Says("股数", "How many units")]
        [CommandOption("--units <UNITS>")]
        public long? Units { get; init; }

        [CommandOption("--date <DATE>")]
        [Says("变动生效日期。", "The date the event takes effect.")]
        public string? Date { get; init; }

        [CommandOption("--class <CLASS>")]
        [Says("变动的股份类型；默认为转出户持股足够的第一个类型。", "The share class moved; by default the first class of the charter the giver holds enough units of.")]
        public string? Class { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var book = RequiredBook(settings.Book);
        var kind = Parsed(ShareEventKindNames.Parse(Required(settings.Type, "--type", "继承")), "--type");
        var from = Required(settings.From, "--from", "H003");
        var to = Required(settings.To, "--to", "H007");
        var units = settings.Units ?? throw new UsageException("--units is required, e.g. --units 2");
        var date = Parsed(DateText.Parse(Required(settings.Date, "--date", "2024-05-01")), "--date");
        return WithSession(settings, session =>
        {
            var result = session.Shares.Record(book, kind, from, to, units, date, settings.Class);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var e = result.Value;
            Context.Out.WriteLine(LanguageOf(settings) == Language.Zh
                ? $"已登记 {book} {e.Kind.Zh()}：{e.From} → {e.To} {e.ClassName} {e.Units} 股，{e.EffectiveOn:yyyy-MM-dd} 起生效"
                : $"Recorded {e.Kind.Key()} in {book}: {e.Units} units of {e.ClassName} from {e.From} to {e.To}, effective {e.EffectiveOn:yyyy-MM-dd}");
            return ExitCodes.Done;
        });
    }
}
