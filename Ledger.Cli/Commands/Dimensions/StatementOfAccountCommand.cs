using Ledger.Cli.Commands.Reports;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Dimensions;
using Ledger.Core.Reports;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Dimensions;

[Says("往来对账单：一个对方单位在科目（含明细科目）上的期初余额、本期每笔往来及逐笔余额、期末余额，供寄给对方核对确认。",
    "Statement of account (往来对账单): one counterparty's opening balance, every movement with the running balance, and the closing balance, to send for confirmation.")]
internal sealed class StatementOfAccountCommand(CliContext context) : DimensionCommand<StatementOfAccountCommand.Settings, AccountStatement>(context)
{
    public sealed class Settings : BookAccountPeriodSettings
    {
        [Says("对方单位，如 张三", "The counterparty, e.g. 张三")]
        [CommandOption("--counterparty <NAME>")]
        public string? Counterparty { get; init; }
    }

    // The ledger's columns but the counterparty, which is the statement's own.
    private static readonly Column<LedgerEntry>[] Columns = LedgerReportCommand.Columns.Where(c => c.Key != "counterparty").ToArray();

    protected override Func<LedgerSession, Result<AccountStatement>> Reader(Settings settings)
    {
        var (book, account, period) = RequiredBookAccountPeriod(settings);
        var counterparty = Required(settings.Counterparty, "--counterparty", "张三");
        return session => session.Dimensions.Statement(book, account, counterparty, period);
    }

    protected override void Write(TextWriter target, AccountStatement statement, OutputFormat format, Language language)
    {
        if (format == OutputFormat.Json)
        {
            Output.Json(target, writer =>
            {
                WriteHead(writer, statement.Book, statement.Code, statement.Name);
                writer.WriteString("village", statement.VillageName);
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
        if (format != OutputFormat.Table)
        {
            return;
        }
        // Debit positive is the village's view: a positive balance is what the counterparty owes the village.
        var day = statement.Period.LastDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        target.WriteLine(statement.Closing.IsNegative
            ? zh ? $"截至 {day}，本村欠贵方 {(-statement.Closing).ToDisplayString()}。" : $"At {day} the village owes you {(-statement.Closing).ToDisplayString()}."
            : zh ? $"截至 {day}，贵方欠本村 {statement.Closing.ToDisplayString()}。" : $"At {day} you owe the village {statement.Closing.ToDisplayString()}.");
        target.WriteLine(zh
            ? "以上余额如与贵方记录相符，请签章确认；如不符，请注明不符金额及原因。"
            : "If this balance agrees with your records, please sign and stamp; if not, state the difference and why.");
        target.WriteLine(zh ? "确认人（签章）：____________    日期：____________" : "Confirmed by (signature and stamp): ____________    date: ____________");
    }
}
