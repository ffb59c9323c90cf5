using Ledger.Cli.Hosting;
using Ledger.Core;
using Ledger.Core.Import;
using Ledger.Core.Shares;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Shares;

[Says("记录股权固化后户与户之间股份的继承、赠与、转让，或经决议分户、新增户（新户的股份由现有户转入：生不增、死不减）。",
    "Record 继承, 赠与 or 转让 of units between households after fixation, or add a household by resolution with 分户 or 新增户 (its units come from an existing household: none are issued).")]
internal sealed class SharesEventCommand(CliContext context) : LedgerCommand<SharesEventCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [CommandOption("--type <TYPE>")]
        [Says("继承、赠与、转让、分户或新增户。", "继承 (inheritance), 赠与 (gift), 转让 (transfer), 分户 (partition) or 新增户 (new-household).")]
        public string? Type { get; init; }

        [CommandOption("--from <HOUSEHOLD>")]
        [Says("转出股份的户号；新增户、分户的股份也由它转出。", "The household giving the units; a new household's units come from it too.")]
        public string? From { get; init; }

        [CommandOption("--to <HOUSEHOLD>")]
        [Says("转入股份的户号；分户、新增户时为新立的户号。", "The household receiving them; with 分户 or 新增户, the new household's number.")]
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

        [CommandOption("--resolution <REFERENCE>")]
        [Says("批准变动的决议编号，如 决-2024-09；分户、新增户必填。", "The resolution allowing the event, e.g. 决-2024-09; required with 分户 and 新增户.")]
        public string? Resolution { get; init; }

        [CommandOption("--name <NAME>")]
        [Says("新立户的户主姓名（分户、新增户）。", "The new household's head (分户, 新增户).")]
        public string? Name { get; init; }

        [CommandOption("--id-number <ID>")]
        [Says("新立户户主的身份证号（分户、新增户），按 GB 11643 校验。", "The new household head's ID number (分户, 新增户), checked against GB 11643.")]
        public string? IdNumber { get; init; }
    }

    protected override int Run(Settings settings)
    {
        var book = RequiredBook(settings.Book);
        var kind = Parsed(ShareEventKindNames.Parse(Required(settings.Type, "--type", "继承")), "--type");
        // --from may be left out here: the register refuses it with the rule that units are never issued.
        var from = settings.From;
        var to = Required(settings.To, "--to", "H007");
        var units = settings.Units ?? throw new UsageException("--units is required, e.g. --units 2");
        var date = Parsed(DateText.Parse(Required(settings.Date, "--date", "2024-05-01")), "--date");
        return WithSession(settings, session =>
        {
            var result = session.Shares.Record(book, kind, from, to, units, date, settings.Class, settings.Resolution, settings.Name, settings.IdNumber);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var e = result.Value;
            var zh = LanguageOf(settings) == Language.Zh;
            Context.Out.WriteLine(zh
                ? $"已登记 {book} {e.Kind.Zh()}：{e.From} → {e.To} {e.ClassName} {e.Units} 股，{e.EffectiveOn:yyyy-MM-dd} 起生效{(e.Resolution is null ? "" : $"（决议 {e.Resolution}）")}"
                : $"Recorded {e.Kind.Key()} in {book}: {e.Units} units of {e.ClassName} from {e.From} to {e.To}, effective {e.EffectiveOn:yyyy-MM-dd}{(e.Resolution is null ? "" : $" (resolution {e.Resolution})")}");
            if (e.NewHead is { } newHead)
            {
                Context.Out.WriteLine(zh
                    ? $"新立股权户 {e.To}（户主 {newHead}），{e.EffectiveOn:yyyy-MM-dd} 起在册；股份总数不变"
                    : $"Household {e.To} (head {newHead}) is on the register from {e.EffectiveOn:yyyy-MM-dd}; the register's total units are unchanged");
            }
            return ExitCodes.Done;
        });
    }
}
