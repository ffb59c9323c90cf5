using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Bank;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Bank;

[Says("把一个期间的银行流水与凭证分录勾对（--book、--account、--period），或手工勾对一笔（--line、--voucher）。", "Pair a period's statement lines with voucher lines (--book, --account, --period), or one by hand (--line, --voucher).")]
internal sealed class BankMatchCommand(CliContext context) : LedgerCommand<BankMatchCommand.Settings>(context)
{
    public sealed class Settings : BookAccountPeriodSettings
    {
        [CommandOption("--line <ID>")]
        [Says("要手工勾对的银行流水编号（见 report bank-reconciliation）。", "A statement line's id, as report bank-reconciliation lists it, to pair by hand.")]
        public long? Line { get; init; }

        [Says("凭证 ID（voucher list 的 id 列）", "A voucher's id, as voucher list shows it")]
        [CommandOption("--voucher <ID>")]
        public long? Voucher { get; init; }
    }

    internal static readonly Column<ReconcilingItem>[] ItemColumns =
    [
        new("id", new Text("编号", "id"), i => i.Reference),
        new("date", new Text("日期", "date"), i => i.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        new("amount", new Text("金额（收+/支-）", "amount (in +, out -)"), i => i.Amount),
        new("summary", new Text("摘要", "summary"), i => i.Summary),
    ];

    protected override int Run(Settings settings)
    {
        var zh = LanguageOf(settings) == Language.Zh;
        if (settings.Line is { } line)
        {
            var voucher = settings.Voucher ?? throw new UsageException("--line pairs with a voucher: add --voucher ID");
            return WithSession(settings, session =>
            {
                var result = session.Bank.MatchByHand(line, voucher);
                if (result.IsRefused)
                {
                    return Refused(result, settings);
                }
                Context.Out.WriteLine(zh ? $"已将对账单第 {line} 行与凭证 {voucher} 配对" : $"Matched statement line {line} with voucher {voucher}");
                return ExitCodes.Done;
            });
        }
        var (book, account, period) = RequiredBookAccountPeriod(settings);
        return WithSession(settings, session =>
        {
            var result = session.Bank.Match(book, account, period);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var run = result.Value;
            Emit(settings, target =>
            {
                if (FormatOf(settings) == OutputFormat.Json)
                {
                    Output.Json(target, writer =>
                    {
                        writer.WriteStartObject();
                        writer.WriteNumber("matched", run.Matched);
                        writer.WritePropertyName("unmatched_bank_lines");
                        WriteItems(writer, run.BankUnmatched);
                        writer.WritePropertyName("unmatched_book_lines");
                        WriteItems(writer, run.BookUnmatched);
                        writer.WriteEndObject();
                    });
                    return;
                }
                target.WriteLine(zh
                    ? $"{run.Book} {run.Account} {run.Period}：新配对 {run.Matched} 笔；未配对银行流水 {run.BankUnmatched.Count} 笔，未配对凭证 {run.BookUnmatched.Count} 笔"
                    : $"{run.Book} {run.Account} {run.Period}: {run.Matched} new matches; {run.BankUnmatched.Count} statement lines and {run.BookUnmatched.Count} voucher lines unmatched");
                if (run.BankUnmatched.Count > 0)
                {
                    target.WriteLine(zh ? "未配对的银行流水" : "Unmatched statement lines");
                    Output.Listing(target, FormatOf(settings), LanguageOf(settings), ItemColumns, run.BankUnmatched);
                }
                if (run.BookUnmatched.Count > 0)
                {
                    target.WriteLine(zh ? "未配对的凭证（编号为凭证 ID）" : "Unmatched voucher lines (id is the voucher's)");
                    Output.Listing(target, FormatOf(settings), LanguageOf(settings), ItemColumns, run.BookUnmatched);
                }
            });
            return ExitCodes.Done;
        });
    }

    /// <summary>Items as the contract gives them: date, amount (positive in, negative out) and summary, with the id.</summary>
    internal static void WriteItems(System.Text.Json.Utf8JsonWriter writer, IEnumerable<ReconcilingItem> items)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            Output.JsonObject(writer, ItemColumns, item);
        }
        writer.WriteEndArray();
    }
}
