using Ledger.Cli.Commands.Reports;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Reports;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Dimensions;

[Says("往来对账单：一个对方单位在科目（含明细科目）上的期初余额、本期每笔往来及逐笔余额、期末余额，供寄给对方核对确认。",
    "Statement of account (往来对账单): one counterparty's opening balance, every movement with the running balance, and the closing balance, to send for confirmation.")]
internal sealed class StatementOfAccountCommand(CliContext context) : LedgerCommand<StatementOfAccountCommand.Settings>(context)
{
    public sealed class Settings : BookAccountPeriodSettings
    {
        [Says("对方单位，如 张三", "The counterparty, e.g. 张三")]
        [CommandOption("--counterparty <NAME>")]
        public string? Counterparty { get; init; }
    }

    // The ledger's columns but the counterparty, which is the statement's own.
    private static readonly Column<LedgerEntry>[] Columns = LedgerReportCommand.Columns.Where(c => c.Key != "counterparty").ToArray();

    protected override int Run(Settings settings)
    {
        var (book, account, period) = RequiredBookAccountPeriod(settings);
        var counterparty = Required(settings.Counterparty, "--counterparty", "张三");
        return WithSession(settings, session =>
        {
            var result = session.Dimensions.Statement(book, account, counterparty, period);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var statement = result.Value;
            var language = LanguageOf(settings);
            var format = FormatOf(settings);
            Emit(settings, target =>
            {
                if (format == OutputFormat.Json)
                {
                    Output.Json(target, writer =>
                    {
                        writer.WriteStartObject();
                        writer.WriteString("book", statement.Book.ToString());
                        writer.WriteString("village", statement.VillageName);
                        writer.WriteString("account", statement.Code);
                        writer.WriteString("name", statement.Name);
                        writer.WriteString("counterparty", statement.Counterparty);
                        writer.WriteString("period", statement.Period.Name);
                        writer.WriteString("opening", statement.Opening.ToString());
                        Output.JsonArray(writer, "entries", Columns, statement.Entries);
                        writer.WriteString("debits", statement.Debits.ToString());
                        writer.WriteString("credits", statement.Credits.ToString());
                        writer.WriteString("closing", statement.Closing.ToString());
                        writer.WriteEndObject();
                    });
                    return;
                }
                var zh = language == Language.Zh;
                if (format == OutputFormat.Table)
                {
                    target.WriteLine(zh ? "往来对账单" : "Statement of account");
                    target.WriteLine(zh ? $"致：{statement.Counterparty}" : $"To: {statement.Counterparty}");
                    target.WriteLine(zh
                        ? $"发自：{statement.VillageName}（{statement.Book}）  科目：{statement.Code} {statement.Name}  期间：{statement.Period}"
                        : $"From: {statement.VillageName} ({statement.Book})  account: {statement.Code} {statement.Name}  period: {statement.Period}");
                }
                Output.Listing(target, format, language, Columns, LedgerReportCommand.Framed(statement.Period, statement.Code, statement.Opening, statement.Entries,
                    statement.Debits, statement.Credits, statement.Closing, language));
                if (format == OutputFormat.Table)
                {
                    // Debit positive is the village's view: a positive balance is what the counterparty owes the village.
                    var owed = statement.Closing.IsNegative
                        ? zh ? $"截至 {statement.Period.LastDay:yyyy-MM-dd}，本村欠贵方 {(-statement.Closing).ToDisplayString()}。" : $"At {statement.Period.LastDay:yyyy-MM-dd} the village owes you {(-statement.Closing).ToDisplayString()}."
                        : zh ? $"截至 {statement.Period.LastDay:yyyy-MM-dd}，贵方欠本村 {statement.Closing.ToDisplayString()}。" : $"At {statement.Period.LastDay:yyyy-MM-dd} you owe the village {statement.Closing.ToDisplayString()}.";
                    target.WriteLine(owed);
                    target.WriteLine(zh
                        ? "以上余额如与贵方记录相符，请签章确认；如不符，请注明不符金额及原因。"
                        : "If this balance agrees with your records, please sign and stamp; if not, state the difference and why.");
                    target.WriteLine(zh ? "确认人（签章）：____________    日期：____________" : "Confirmed by (signature and stamp): ____________    date: ____________");
                }
            });
            return ExitCodes.Done;
        });
    }
}
