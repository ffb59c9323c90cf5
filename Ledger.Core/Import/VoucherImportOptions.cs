using Ledger.Core.Books;

namespace Ledger.Core.Import;

/// <summary>How <c>import vouchers</c> runs.</summary>
/// <param name="Book">The book of every row, when the file has no 村编码 and 账套 columns.</param>
/// <param name="DryRun">Check everything and report what would be imported, writing nothing.</param>
/// <param name="AllowDuplicates">Import a voucher even when one with the same book, date, number and amount exists.</param>
public sealed record VoucherImportOptions(BookRef? Book = null, bool DryRun = false, bool AllowDuplicates = false);
