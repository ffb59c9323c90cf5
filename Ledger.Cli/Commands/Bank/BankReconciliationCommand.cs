using System.ComponentModel;
using System.Globalization;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Bank;

[Description("银行存款余额调节表: the books' and the bank's balances at a period's end, each adjusted by what only the other side has.")]
internal sealed class BankReconciliationCommand(CliContext context) : LedgerCommand<BookAccountPeriodSettings>(context)
{
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
                            ("statement_through", r.StatementThrough.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("book_balance", r.BookBalance),
                            ("bank_balance", r.BankBalance), ("adjusted_book_balance", r.AdjustedBookBalance), ("adjusted_bank_balance", r.AdjustedBankBalance),
                            ("difference", r.Difference), ("reconciled", r.IsReconciled),
                        ]);
                        writer.WritePropertyName("unmatched_bank_lines");
                        BankMatchCommand.WriteItems(writer, r.BankNotBooked);
                        writer.WritePropertyName("unmatched_book_lines");
                        BankMatchCommand.WriteItems(writer, r.BookedNotBanked);
                        writer.WriteEndObject();
                    });
                    return;
                }
                var sections = new (string Zh, string En, IEnumerable<Ledger.Core.Bank.ReconcilingItem> Items)[]
                {
                    ("银行已收、企业未收", "received by the bank, not in the books", r.BankNotBooked.Where(i => !i.Amount.IsNegative)),
                    ("银行已付、企业未付", "paid by the bank, not in the books", r.BankNotBooked.Where(i => i.Amount.IsNegative)),
                    ("企业已收、银行未收", "received in the books, not by the bank", r.BookedNotBanked.Where(i => !i.Amount.IsNegative)),
                    ("企业已付、银行未付", "paid in the books, not by the bank", r.BookedNotBanked.Where(i => i.Amount.IsNegative)),
                };
                target.WriteLine(zh
                    ? $"银行存款余额调节表  {r.Book}  {r.Account} {r.AccountName}  {r.Period.Name}（对账单至 {r.StatementThrough:yyyy-MM-dd}）"
                    : $"Bank reconciliation  {r.Book}  {r.Account} {r.AccountName}  {r.Period.Name} (statement through {r.StatementThrough:yyyy-MM-dd})");
                target.WriteLine(zh
                    ? $"账面余额 {r.BookBalance.ToDisplayString()}，调节后 {r.AdjustedBookBalance.ToDisplayString()}；银行对账单余额 {r.BankBalance.ToDisplayString()}，调节后 {r.AdjustedBankBalance.ToDisplayString()}；{(r.Difference.IsZero ? "调节后相符" : $"相差 {r.Difference.ToDisplayString()}")}"
                    : $"book balance {r.BookBalance.ToDisplayString()}, adjusted {r.AdjustedBookBalance.ToDisplayString()}; bank balance {r.BankBalance.ToDisplayString()}, adjusted {r.AdjustedBankBalance.ToDisplayString()}; {(r.Difference.IsZero ? "they agree" : $"off by {r.Difference.ToDisplayString()}")}");
                foreach (var (sectionZh, sectionEn, items) in sections)
                {
                    var list = items.ToList();
                    if (list.Count > 0)
                    {
                        target.WriteLine(zh ? sectionZh : sectionEn);
                        Output.Listing(target, FormatOf(settings), LanguageOf(settings), BankMatchCommand.ItemColumns, list);
                    }
                }
            });
            return ExitCodes.Done;
        });
    }
}
