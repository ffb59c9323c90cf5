using System.Text;

namespace Ledger.Core.Import;

/// <summary>
/// Decides how a clerk's text file is encoded without asking: a UTF-8 BOM, else bytes that are valid UTF-8, else
/// GB18030 (a superset of GBK and GB2312, which Excel and WPS write on Chinese Windows).
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding(54936);

    public static Encoding Gbk => Encoding.GetEncoding(936);

    /// <summary>Decodes the whole content, dropping a BOM.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            return StrictUtf8.GetString(bytes[3..]);
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Gb18030.GetString(bytes);
        }
    }
}
