using Ledger.Core.Periods;

namespace Ledger.Core.Vouchers;

/// <summary>
/// The official number of a posted voucher: its word and the word's number, gapless per book and month (<c>记-7</c>,
/// or <c>收-3</c> under 收付转), and the posting sequence of the book's month that orders every word together.
/// </summary>
public readonly record struct VoucherNumber
{
    /// <summary>The word of the one-word scheme, 记账凭证.</summary>
    public const string ClassPrefix = "记";

    /// <summary>A number under the one-word scheme, where the word's number is the posting sequence.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the sequence is not positive.</exception>
    public VoucherNumber(Month month, int sequence)
        : this(month, sequence, VoucherWord.General, sequence)
    {
    }

    /// <exception cref="ArgumentOutOfRangeException">When the sequence or the word's number is not positive.</exception>
    public VoucherNumber(Month month, int sequence, VoucherWord word, int wordSequence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sequence);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(wordSequence);
        Month = month;
        Sequence = sequence;
        Word = word;
        WordSequence = wordSequence;
    }

    public Month Month { get; }

    /// <summary>The posting sequence in the book's month, 1, 2, 3 … across every word.</summary>
    public int Sequence { get; }

    public VoucherWord Word { get; }

    /// <summary>The number within the word, which is what is shown and printed.</summary>
    public int WordSequence { get; }

    public override string ToString() => $"{Word.Text()}-{WordSequence}";

    /// <summary>The shown number from the word and the word's number as the store keeps them.</summary>
    public static string Shown(string? word, long wordNumber) => $"{word ?? ClassPrefix}-{wordNumber}";
}
