using System.Globalization;
using Dapper;
using Ledger.Core.Books;
using Ledger.Core.Storage;

namespace Ledger.Core.Reports;

/// <summary>
/// Writes the posted vouchers as a plain-text journal that ledger-cli and hledger read: one transaction per posted
/// voucher, accounts <c>V001:collective:10201</c>, amounts in CNY, debits positive.
/// </summary>
public sealed class ExportDesk(LedgerSession session)
{
    /// <summary>Writes the journal of one book, or of every book when <paramref name="book"/> is null.</summary>
    /// <returns>How many vouchers were written, or a refusal for an unknown book.</returns>
    public Result<int> Write(TextWriter output, BookRef? book = null) => session.Store.Read(tx =>
    {
        long? bookId = null;
        if (book is { } named)
        {
            bookId = VillageStore.FindBookId(tx, named);
            if (bookId is null)
            {
                return Accounts.ChartDesk.UnknownBook(named);
            }
        }
        output.WriteLine("; vledger export: posted vouchers, amounts in CNY, debits positive");
        output.WriteLine("commodity 1,000.00 CNY");
        output.WriteLine();
        var count = 0;
        long currentVoucher = 0;
        foreach (var line in JournalStore.PostedLines(tx, bookId))
        {
            if (line.VoucherId != currentVoucher)
            {
                if (currentVoucher != 0)
                {
                    output.WriteLine();
                }
                currentVoucher = line.VoucherId;
                count++;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{line.Date} * ({line.VillageCode}/{line.Kind} {line.Month}/{Vouchers.VoucherNumber.Shown(line.Word, line.WordNumber)}) {Payee(line.Summary)}"));
            }
            var account = $"{line.VillageCode}:{line.Kind}:{line.Code}";
            output.WriteLine($"    {account}    {Money.FromFen(line.DebitFen - line.CreditFen)} CNY");
        }
        if (currentVoucher != 0)
        {
            output.WriteLine();
        }
        return Result<int>.Ok(count);
    });

    /// <summary>A semicolon would start a comment in both readers, so it is written as its full-width twin.</summary>
    private static string Payee(string summary) => summary.Replace(';', '；').Replace('\n', ' ').Replace('\r', ' ');
}
