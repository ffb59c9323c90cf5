using System.Globalization;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Print;
using Ledger.Core.Reports;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Reports;

[Says("明细账：一个科目（含明细科目）在期间内的每笔已记账分录及逐笔余额。", "明细账: every posted line of an account (and its sub-accounts) in a period, with the running balance.")]
internal sealed class LedgerReportCommand(CliContext context) : LedgerCommand<LedgerReportSettings>(context)
{
    /// <summary>The columns of a ledger's lines, which the statement of account shows too (without the counterparty it is for).</summary>
    internal static readonly Column<LedgerEntry>[] Columns =
    [
        new("date", new Text("日期", "date"), e => e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("number", new Text("凭证号", "number"), e => e.Number),
        new("voucher", new Text("凭证ID", "voucher"), e => e.VoucherId),
        new("summary", new Text("摘要", "summary"), e => e.Summary),
        new("account", new Text("科目", "account"), e => e.Account),
        new("counterparty", new Text("对方单位", "counterparty"), e => e.Counterparty),
        new("debit", new Text("借方", "debit"), e => e.Debit),
        new("credit", new Text("贷方", "credit"), e => e.Credit),
        new("balance", new Text("余额（借+/贷-）", "balance (Dr+/Cr-)"), e => e.Balance),
    ];

    protected override int Run(LedgerReportSettings settings)
    {
        var (book, account, period) = RequiredBookAccountPeriod(settings);
        var kind = LedgerKindOption.Parse(settings.Kind);
        return WithSession(settings, session =>
        {
            // JSON keeps its English keys whatever the layout: the printed layout is for people, and for files they print.
            if ((kind is not null && FormatOf(settings) != OutputFormat.Json) || PrintedTableFile.Takes(settings.Out))
            {
                return Printed(settings, session.Books.LedgerTable(book, account, period, kind ?? LedgerKind.Detail));
            }
            var result = session.Reports.Ledger(book, account, period);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var ledger = result.Value;
            var language = LanguageOf(settings);
            Emit(settings, target =>
            {
                if (FormatOf(settings) == OutputFormat.Json)
                {
                    Output.Json(target, writer =>
                    {
                        writer.WriteStartObject();
                        writer.WriteString("book", ledger.Book.ToString());
                        writer.WriteString("account", ledger.Code);
                        writer.WriteString("name", ledger.Name);
                        writer.WriteString("period", ledger.Period.Name);
                        writer.WriteString("opening", ledger.Opening.ToString());
                        Output.JsonArray(writer, "entries", Columns, ledger.Entries);
                        writer.WriteString("debits", ledger.Debits.ToString());
                        writer.WriteString("credits", ledger.Credits.ToString());
                        writer.WriteString("closing", ledger.Closing.ToString());
                        writer.WriteEndObject();
                    });
                    return;
                }
                var zh = language == Language.Zh;
                if (FormatOf(settings) == OutputFormat.Table)
                {
                    target.WriteLine($"{(zh ? "明细账" : "Ledger")}  {ledger.Book}  {ledger.Code} {ledger.Name}  {ledger.Period}");
                }
                Output.Listing(target, FormatOf(settings), language, Columns,
                    Framed(ledger.Period, ledger.Code, ledger.Opening, ledger.Entries, ledger.Debits, ledger.Credits, ledger.Closing, language));
            });
            return ExitCodes.Done;
        });
    }

    /// <summary>The ledger in its printed layout: to --out x.html or x.xlsx, else as a table, CSV or JSON of its rows.</summary>
    private int Printed(LedgerReportSettings settings, Result<PrintedTable> result)
    {
        if (result.IsRefused)
        {
            return Refused(result, settings);
        }
        var table = result.Value;
        if (PrintedTableFile.Takes(settings.Out))
        {
            PrintedTableFile.Write(Context.ResolvePath(settings.Out!), table);
            return ExitCodes.Done;
        }
        Emit(settings, target =>
        {
            if (FormatOf(settings) == OutputFormat.Table)
            {
                target.WriteLine(table.Title + "  " + string.Join("  ", table.Heading));
            }
            Output.Listing(target, FormatOf(settings), LanguageOf(settings), PrintedTableListing.Columns(table), table.Rows);
        });
        return ExitCodes.Done;
    }

    /// <summary>The entries between a row for the opening balance and a row for the period's totals and closing balance.</summary>
    internal static List<LedgerEntry> Framed(Ledger.Core.Periods.Period period, string code, Money opening, IEnumerable<LedgerEntry> entries,
        Money debits, Money credits, Money closing, Language language)
    {
        var zh = language == Language.Zh;
        var first = new LedgerEntry(period.FirstDay, "", null, zh ? "期初余额" : "opening balance", code, null, Money.Zero, Money.Zero, opening);
        var last = new LedgerEntry(period.LastDay, "", null, zh ? "本期合计 / 期末余额" : "period total / closing balance", code, null, debits, credits, closing);
        return [first, .. entries, last];
    }
}
