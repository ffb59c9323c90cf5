using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ledger.Core.Storage;

namespace Ledger.Core.Integrity;

/// <summary>
/// SHA-256 over what a voucher says, as its approvers and poster sign it: its book, kind, date, summary, reference,
/// attachments, the voucher it reverses, its preparer and total, and every line's account, amounts and dimensions. An
/// account is named by its id, which 科目升级 keeps while it gives the account a new code.
/// What approval itself adds (a cited resolution, the status) is not content, so a second approver citing the
/// resolution does not change what the first signed.
/// </summary>
internal static class VoucherContentHash
{
    public static string Of(IReadOnlyList<SignatureStore.ContentRow> lines)
    {
        var head = lines[0];
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{head.BookId}|{head.Kind}|{head.Date}|{head.Summary}|{head.SourceRef}|{head.AttachmentCount}|{head.ReversalOf}|{head.PreparedBy}|{head.TotalFen}\n");
        foreach (var line in lines)
        {
            text.Append(CultureInfo.InvariantCulture, $"{line.LineNo}|{line.AccountId}|{line.DebitFen}|{line.CreditFen}|{line.Counterparty}|{line.Project}\n");
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Rows ordered by voucher, as one list per voucher, read as they come.</summary>
    public static IEnumerable<List<SignatureStore.ContentRow>> ByVoucher(IEnumerable<SignatureStore.ContentRow> rows) => VoucherSeal.ByVoucher(rows, r => r.VoucherId);
}
