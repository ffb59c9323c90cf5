using System.Globalization;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Bank;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Bank;

[Says("银行存款余额调节表：期末账面余额与银行余额，各按对方已记、本方未记的款项调节。", "银行存款余额调节表: the books' and the bank's balances at a period's end, each adjusted by what only the other side has.")]
internal sealed class BankReconciliationCommand(CliContext context) : LedgerCommand<BookAccountPeriodSettings>(context)
{
    /// <summary>A book line's item, with the day the bank cleared it when that was after the period (in transit).</summary>
    private static readonly Column<ReconcilingItem>[] BookItemColumns =
    [
        .. BankMatchCommand.ItemColumns,
        new("cleared_on", new Text("银行入账日", "cleared on"), i => i.ClearedOn is { } d ? Day(d) : null),
    ];

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteBookItems(System.Text.Json.Utf8JsonWriter writer, IEnumerable<ReconcilingItem> items)
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            Output.JsonObject(writer, BookItemColumns, item);
        }
        writer.WriteEndArray();
    }

    protected override int Run(BookAccountPeriodSettings settings)
    {
        var (book, account, period) = RequiredBookAccountPeriod(settings);
        return WithSession(settings, session =>
        {
            var result = session.Bank.Reconcile(book, account, period);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var r = result.Value;
            var zh = LanguageOf(settings) == Language.Zh;
            Emit(settings, target =>
            {
                if (FormatOf(settings) == OutputFormat.Json)
                {
                    Output.Json(target, writer =>
                    {
                        writer.WriteStartObject();
                        Output.JsonFields(writer,
                        [
                            ("book", r.Book.ToString()), ("account", r.Account.Value), ("account_name", r.AccountName), ("period", r.Period.Name),
                            ("statement_from", Day(r.StatementFrom)), ("statement_through", Day(r.StatementThrough)),
                            ("statement_runs_past_period", r.StatementRunsPastPeriod), ("statement_opening", r.StatementOpening),
                            ("opening_difference", r.OpeningDifference), ("book_balance", r.BookBalance),
                            ("bank_balance", r.BankBalance), ("adjusted_book_balance", r.AdjustedBookBalance), ("adjusted_bank_balance", r.AdjustedBankBalance),
                            ("difference", r.Difference), ("reconciled", r.IsReconciled),
                        ]);
                        writer.WritePropertyName("unmatched_bank_lines");
                        BankMatchCommand.WriteItems(writer, r.BankNotBooked);
                        writer.WritePropertyName("unmatched_book_lines");
                        WriteBookItems(writer, r.BookedNotBanked);
                        writer.WritePropertyName("in_transit");
                        WriteBookItems(writer, r.InTransit);
                        writer.WritePropertyName("not_reached_by_statement");
                        WriteBookItems(writer, r.NotReachedByStatement);
                        writer.WritePropertyName("before_statement_lines");
                        BankMatchCommand.WriteItems(writer, r.BeforeStatement);
                        writer.WriteEndObject();
                    });
                    return;
                }
                var sections = new (string Zh, string En, Column<ReconcilingItem>[] Columns, IEnumerable<ReconcilingItem> Items)[]
                {
                    ("银行已收、企业未收", "received by the bank, not in the books", BankMatchCommand.ItemColumns, r.BankNotBooked.Where(i => !i.Amount.IsNegative)),
                    ("银行已付、企业未付", "paid by the bank, not in the books", BankMatchCommand.ItemColumns, r.BankNotBooked.Where(i => i.Amount.IsNegative)),
                    ("企业已收、银行未收", "received in the books, not yet by the bank", BookItemColumns, r.BookedNotBanked.Where(i => !i.Amount.IsNegative)),
                    ("企业已付、银行未付", "paid in the books, not yet by the bank", BookItemColumns, r.BookedNotBanked.Where(i => i.Amount.IsNegative)),
                };
                target.WriteLine(zh
                    ? $"银行存款余额调节表  {r.Book}  {r.Account} {r.AccountName}  {r.Period.Name}（对账单 {r.StatementFrom:yyyy-MM-dd} 起，期初余额 {r.StatementOpening.ToDisplayString()}；本期至 {r.StatementThrough:yyyy-MM-dd}{(r.StatementRunsPastPeriod ? "，并已续至下期" : "")}）"
                    : $"Bank reconciliation  {r.Book}  {r.Account} {r.AccountName}  {r.Period.Name} (statement from {r.StatementFrom:yyyy-MM-dd}, opening {r.StatementOpening.ToDisplayString()}; through {r.StatementThrough:yyyy-MM-dd} in the period{(r.StatementRunsPastPeriod ? ", and on past its end" : "")})");
                target.WriteLine(zh
                    ? $"账面余额 {r.BookBalance.ToDisplayString()}，调节后 {r.AdjustedBookBalance.ToDisplayString()}；银行对账单余额 {r.BankBalance.ToDisplayString()}，调节后 {r.AdjustedBankBalance.ToDisplayString()}；{(r.Difference.IsZero ? "调节后相符" : $"相差 {r.Difference.ToDisplayString()}")}"
                    : $"book balance {r.BookBalance.ToDisplayString()}, adjusted {r.AdjustedBookBalance.ToDisplayString()}; bank balance {r.BankBalance.ToDisplayString()}, adjusted {r.AdjustedBankBalance.ToDisplayString()}; {(r.Difference.IsZero ? "they agree" : $"off by {r.Difference.ToDisplayString()}")}");
                if (r.BeforeStatement.Count > 0)
                {
                    var sum = Money.Sum(r.BeforeStatement.Select(i => i.Amount));
                    target.WriteLine(r.OpeningDifference.IsZero
                        ? (zh ? $"对账单之前的账面分录 {r.BeforeStatement.Count} 笔，合计 {sum.ToDisplayString()}，已由对账单期初余额结清"
                              : $"{r.BeforeStatement.Count} book lines before the statement, {sum.ToDisplayString()} in all, are settled by its opening balance")
                        : (zh ? $"差异：对账单之前的账面分录合计 {sum.ToDisplayString()}，与对账单期初余额 {r.StatementOpening.ToDisplayString()} 相差 {r.OpeningDifference.ToDisplayString()}，未能由期初余额结清（缺少更早的对账单或账面有误）："
                              : $"difference: the book lines before the statement add up to {sum.ToDisplayString()}, {r.OpeningDifference.ToDisplayString()} off the statement's opening {r.StatementOpening.ToDisplayString()}, and are not settled by it (an earlier statement is missing or the books are wrong):"));
                    if (!r.OpeningDifference.IsZero)
                    {
                        Output.Listing(target, FormatOf(settings), LanguageOf(settings), BankMatchCommand.ItemColumns, r.BeforeStatement);
                    }
                }
                foreach (var (sectionZh, sectionEn, columns, items) in sections)
                {
                    var list = items.ToList();
                    if (list.Count > 0)
                    {
                        target.WriteLine(zh ? sectionZh : sectionEn);
                        Output.Listing(target, FormatOf(settings), LanguageOf(settings), columns, list);
                    }
                }
                if (r.NotReachedByStatement.Count > 0)
                {
                    target.WriteLine(zh
                        ? $"对账单只到 {r.StatementThrough:yyyy-MM-dd}，其后的 {r.NotReachedByStatement.Count} 笔分录还无法核对：请导入下一期对账单"
                        : $"the statement only reaches {r.StatementThrough:yyyy-MM-dd}; {r.NotReachedByStatement.Count} book lines after it cannot be checked yet: import the next statement");
                }
            });
            return ExitCodes.Done;
        });
    }
}
