using System.Globalization;
using System.Text.Json;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Dimensions;
using Ledger.Core.Import;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Dimensions;

[Says("账龄分析：112 应收款、113 内部往来、211 应付款 各对方单位在某日的余额，按先进先出分为 1年以内、1–2年、2–3年、3年以上。",
    "Ageing: each counterparty's balance on 112, 113 or 211 at a day, aged first in, first out into within 1 year, 1–2, 2–3 and over 3 years.")]
internal sealed class AgeingCommand(CliContext context) : DimensionCommand<AgeingCommand.Settings, Ageing>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [Says("科目编码：112、113 或 211（或其明细科目）", "The account: 112, 113 or 211 (or a sub-account)")]
        [CommandOption("--account <CODE>")]
        public string? Account { get; init; }

        [Says("截止日期，如 2024-12-31", "The day the balances are aged at, e.g. 2024-12-31")]
        [CommandOption("--date <DATE>")]
        public string? Date { get; init; }
    }

    private static readonly Text OverpaidNote = new("余额在相反方向（多收或多付），不分账龄，全数列入1年以内", "balance on the other side (overpaid): not aged, shown whole within 1 year");

    protected override Func<LedgerSession, Result<Ageing>> Reader(Settings settings)
    {
        var book = RequiredBook(settings.Book);
        var account = Required(settings.Account, "--account", "112");
        var date = Parsed(DateText.Parse(Required(settings.Date, "--date", "2024-12-31")), "--date");
        return session => session.Dimensions.Age(book, account, date);
    }

    protected override void Write(TextWriter target, Ageing ageing, OutputFormat format, Language language)
    {
        if (format == OutputFormat.Json)
        {
            Output.Json(target, writer =>
            {
                WriteHead(writer, ageing.Book, ageing.Code, ageing.Name);
                writer.WriteString("date", ageing.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.WriteStartArray("rows");
                foreach (var row in ageing.Rows)
                {
                    writer.WriteStartObject();
                    writer.WriteString("counterparty", row.Counterparty);
                    writer.WriteString("balance", row.Balance.ToString());
                    WriteBuckets(writer, row.Buckets);
                    writer.WriteBoolean("overpaid", row.Overpaid);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteStartObject("totals");
                writer.WriteString("balance", ageing.Balance.ToString());
                WriteBuckets(writer, ageing.Buckets);
                writer.WriteEndObject();
                writer.WriteEndObject();
            });
            return;
        }
        var totals = new AgeingRow(new Text("合计", "total").In(language), ageing.Balance, ageing.Buckets, Overpaid: false);
        Column<AgeingRow>[] columns =
        [
            new("counterparty", new Text("对方单位", "counterparty"), r => ReferenceEquals(r, totals) ? r.Counterparty : Shown(r.Counterparty, language)),
            new("balance", new Text("余额", "balance"), r => r.Balance),
            new("within_1y", new Text("1年以内", "within 1 year"), r => r.Buckets.WithinOneYear),
            new("1_2y", new Text("1–2年", "1–2 years"), r => r.Buckets.OneToTwoYears),
            new("2_3y", new Text("2–3年", "2–3 years"), r => r.Buckets.TwoToThreeYears),
            new("over_3y", new Text("3年以上", "over 3 years"), r => r.Buckets.OverThreeYears),
            new("note", new Text("备注", "note"), r => r.Overpaid ? OverpaidNote.In(language) : ""),
        ];
        if (format == OutputFormat.Table)
        {
            var side = ageing.CreditNatured ? new Text("（余额以贷方为正）", "(balances credit-positive)") : new Text("（余额以借方为正）", "(balances debit-positive)");
            target.WriteLine($"{new Text("账龄分析表", "Ageing").In(language)}  {ageing.Book}  {ageing.Code} {ageing.Name}  {ageing.Date:yyyy-MM-dd}  {side.In(language)}");
        }
        Output.Listing(target, format, language, columns, ageing.Rows.Append(totals).ToList());
    }

    private static void WriteBuckets(Utf8JsonWriter writer, AgeingBuckets buckets)
    {
        writer.WriteStartObject("buckets");
        writer.WriteString("within_1y", buckets.WithinOneYear.ToString());
        writer.WriteString("1_2y", buckets.OneToTwoYears.ToString());
        writer.WriteString("2_3y", buckets.TwoToThreeYears.ToString());
        writer.WriteString("over_3y", buckets.OverThreeYears.ToString());
        writer.WriteEndObject();
    }
}
