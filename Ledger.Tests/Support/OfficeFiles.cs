using System.Globalization;
using System.Text;
using Ledger.Core.Import;

namespace Ledger.Tests.Support;

/// <summary>
/// Text files as Windows offices save them: CSV in GBK (Excel and WPS on Chinese Windows), GB18030 (rural banks'
/// exports) or UTF-8, always with CRLF line ends; and CSV rows written from the same cells the .xlsx fixtures take.
/// </summary>
public static class OfficeFiles
{
    public static Encoding Gbk => TextDecoding.Gbk;

    public static Encoding Gb18030 => TextDecoding.Gb18030;

    public static Encoding Utf8 { get; } = new UTF8Encoding(false);

    /// <summary>Writes the text with CRLF line ends in the encoding and returns the path.</summary>
    public static string Write(string folder, string file, string text, Encoding encoding)
    {
        var path = Path.Combine(folder, file);
        var crlf = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
        File.WriteAllBytes(path, encoding.GetBytes(crlf.EndsWith("\r\n", StringComparison.Ordinal) ? crlf : crlf + "\r\n"));
        return path;
    }

    /// <summary>The cells as CSV lines, dates as 2024-03-05 and a comma-holding cell quoted, as Excel saves them.</summary>
    public static string Csv(IEnumerable<object?[]> rows) => string.Join("\n", rows.Select(r => string.Join(',', r.Select(c => c switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string s when s.Contains(',') || s.Contains('"') => $"\"{s.Replace("\"", "\"\"", StringComparison.Ordinal)}\"",
        _ => Convert.ToString(c, CultureInfo.InvariantCulture),
    }))));
}
