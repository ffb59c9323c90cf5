using Ledger.Core.Periods;

namespace Ledger.Core.Vouchers;

/// <summary>
/// Hands out the next numbers of one book's month as vouchers are posted in date order: the posting sequence, and
/// the word's own number under the month's scheme. A month keeps the scheme it was first posted under, so that a
/// change of policy takes effect from the next month that has nothing posted.
/// </summary>
internal sealed class MonthNumbering
{
    private readonly Month _month;
    private readonly VoucherWords _scheme;
    private readonly Dictionary<VoucherWord, int> _lastByWord;
    private int _lastSequence;

    /// <param name="posted">What the month already holds: each word with its last number, and the last sequence.</param>
    /// <param name="policy">The scheme the policy names, used when the month holds nothing yet.</param>
    public MonthNumbering(Month month, IReadOnlyDictionary<VoucherWord, int> posted, int lastSequence, VoucherWords policy)
    {
        _month = month;
        _lastByWord = new Dictionary<VoucherWord, int>(posted);
        _lastSequence = lastSequence;
        _scheme = posted.Count == 0 ? policy
            : posted.ContainsKey(VoucherWord.General) ? VoucherWords.General : VoucherWords.ReceiptPaymentTransfer;
    }

    /// <summary>The next number for a voucher with a line on the debit or credit side of cash or bank.</summary>
    public VoucherNumber Next(bool debitsCash, bool creditsCash)
    {
        var word = VoucherWordNames.For(_scheme, debitsCash, creditsCash);
        var wordNumber = _lastByWord.GetValueOrDefault(word) + 1;
        _lastByWord[word] = wordNumber;
        return new VoucherNumber(_month, ++_lastSequence, word, wordNumber);
    }
}
