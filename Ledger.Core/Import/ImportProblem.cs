namespace Ledger.Core.Import;

/// <summary>One problem of an imported file, at a row and column as the spreadsheet shows them.</summary>
/// <param name="VoucherRow">The first row of the voucher the problem is in, for a voucher sheet: a problem repeated on
/// many rows is then counted in vouchers as well as rows.</param>
internal sealed record ImportProblem(int Row, string Column, Text Message, int? VoucherRow = null)
{
    public Refusal ToRefusal(string file) =>
        Refusal.Of("import.row", $"{file}:{Row}: {Column}: {Message.Zh}", $"{file}:{Row}: {Column}: {Message.En}");
}
