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
    public static string Of(IEnumerable<(long First, long Second)> pairs) =>
        Of(pairs.Select(p => $"[{p.First.ToString(CultureInfo.InvariantCulture)},{p.Second.ToString(CultureInfo.InvariantCulture)}]"));

    private static string Of(IEnumerable<string> elements) => $"[{string.Join(',', elements)}]";
}
