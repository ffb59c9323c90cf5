using System.Globalization;
using System.Text;

namespace Ledger.Core.Storage;

/// <summary>
/// Numbers bound to one statement as a JSON array, which SQLite's json_each unpacks in order: a set-based write of
/// tens of thousands of vouchers binds one text instead of running one statement per voucher.
/// </summary>
internal static class JsonRows
{
    /// <summary><c>[1,2,3]</c>, read in SQL as <c>value</c>.</summary>
    public static string Of(IEnumerable<long> values)
    {
        var text = new StringBuilder("[");
        foreach (var value in values)
        {
            text.Append(text.Length == 1 ? "" : ",").Append(value.ToString(CultureInfo.InvariantCulture));
        }
        return text.Append(']').ToString();
    }

    /// <summary><c>[[1,10],[2,11]]</c>, read in SQL as <c>value -&gt;&gt; 0</c> and <c>value -&gt;&gt; 1</c>.</summary>
    public static string Of(IEnumerable<(long First, long Second)> pairs)
    {
        // One builder for the whole array: posting numbers a month's vouchers in one call, and a string per pair
        // would be as many allocations as vouchers.
        var text = new StringBuilder("[");
        foreach (var (first, second) in pairs)
        {
            text.Append(text.Length == 1 ? "[" : ",[").Append(first.ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(second.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        return text.Append(']').ToString();
    }

    /// <summary>
    /// <c>[[1,10,"收",3]]</c>: a posting's voucher, sequence, word and word number. The word is one CJK character of
    /// four, which JSON takes as it is.
    /// </summary>
    public static string Of(IEnumerable<(long VoucherId, long Sequence, string Word, long WordNumber)> postings)
    {
        var text = new StringBuilder("[");
        foreach (var (voucherId, sequence, word, wordNumber) in postings)
        {
            Invariant.That(word is "记" or "收" or "付" or "转", $"'{word}' is not a voucher word.");
            text.Append(text.Length == 1 ? "[" : ",[").Append(voucherId.ToString(CultureInfo.InvariantCulture))
                .Append(',').Append(sequence.ToString(CultureInfo.InvariantCulture))
                .Append(",\"").Append(word).Append("\",").Append(wordNumber.ToString(CultureInfo.InvariantCulture)).Append(']');
        }
        return text.Append(']').ToString();
    }
}
