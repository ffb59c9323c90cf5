namespace Ledger.Core.Vouchers;

/// <summary>A normal voucher, a red-ink (红字) reversal that negates a posted one, or a book's opening balances.</summary>
public enum VoucherKind
{
    Normal,
    Reversal,

    /// <summary>期初余额: the balances a book starts with, posted by the township accountant when the book is set up.</summary>
    Opening,

    /// <summary>结转: a year-end closing voucher the engine writes and posts itself.</summary>
    Closing,
}
