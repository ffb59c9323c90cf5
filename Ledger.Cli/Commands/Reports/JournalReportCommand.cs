using System.Globalization;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Print;
using Ledger.Core.Reports;

namespace Ledger.Cli.Commands.Reports;

[Says("日记账：现金日记账（101）或银行存款日记账（102 及各银行账户），逐日余额、本日合计、本月合计和本年累计。",
    "日记账: the cash journal (101) or a bank journal (102 or one bank account), with daily balances, day, month and year-to-date totals.")]
internal sealed class JournalReportCommand(CliContext context) : LedgerCommand<BookAccountPeriodSettings>(context)
{
    private static readonly Column<BookEntry>[] EntryColumns =
    [
        new("number", new Text("凭证字号", "number"), e => e.Number),
        new("voucher", new Text("凭证ID", "voucher"), e => e.VoucherId),
        new("summary", new Text("摘要", "summary"), e => e.Summary),
        new("account", new Text("科目", "account"), e => e.Account),
        new("counter_accounts", new Text("对方科目", "counter-accounts"), e => e.CounterAccounts),
        new("debit", new Text("借方", "debit"), e => e.Debit),
        new("credit", new Text("贷方", "credit"), e => e.Credit),
        new("balance", new Text("余额", "balance"), e => e.Balance),
    ];

    private static readonly Column<BookMonth>[] MonthColumns =
    [
        new("month", new Text("月份", "month"), m => m.Month.ToString()),
        new("debit", new Text("本月借方", "debit"), m => m.Debit),
        new("credit", new Text("本月贷方", "credit"), m => m.Credit),
        new("balance", new Text("月末余额", "balance"), m => m.Balance),
        new("year_debit", new Text("本年累计借方", "year-to-date debit"), m => m.YearDebit),
        new("year_credit", new Text("本年累计贷方", "year-to-date credit"), m => m.YearCredit),
    ];

    protected override int Run(BookAccountPeriodSettings settings)
    {
        var (book, account, period) = RequiredBookAccountPeriod(settings);
        return WithSession(settings, session =>
        {
            var result = session.Books.Journal(book, account, period);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var journal = result.Value;
            var table = JournalPrint.Table(journal);
            if (PrintedTableFile.Takes(settings.Out))
            {
                PrintedTableFile.Write(Context.ResolvePath(settings.Out!), table);
                return ExitCodes.Done;
            }
            Emit(settings, target =>
            {
                var format = FormatOf(settings);
                if (format == OutputFormat.Json)
                {
                    Output.Json(target, writer => Json(writer, journal));
                    return;
                }
                if (format == OutputFormat.Table)
                {
                    target.WriteLine($"{table.Title}  {journal.Book}  {journal.Account.Code.Value} {journal.Account.Name}  {journal.Period}");
                }
                Output.Listing(target, format, LanguageOf(settings), PrintedTableListing.Columns(table), table.Rows);
            });
            return ExitCodes.Done;
        });
    }

    private static void Json(System.Text.Json.Utf8JsonWriter writer, AccountBook journal)
    {
        writer.WriteStartObject();
        Output.JsonFields(writer,
        [
            ("book", journal.Book.ToString()), ("account", journal.Account.Code.Value), ("name", journal.Account.Name),
            ("period", journal.Period.Name), ("opening_balance", journal.Opening),
        ]);
        writer.WriteStartArray("days");
        foreach (var day in journal.Days)
        {
            writer.WriteStartObject();
            Output.JsonFields(writer,
            [
                ("date", day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("debit", day.Debit), ("credit", day.Credit), ("balance", day.Balance),
            ]);
            Output.JsonArray(writer, "entries", EntryColumns, day.Entries);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        Output.JsonArray(writer, "months", MonthColumns, journal.Months);
        Output.JsonFields(writer, [("debit", journal.Debits), ("credit", journal.Credits), ("closing_balance", journal.Closing)]);
        writer.WriteEndObject();
    }
}
