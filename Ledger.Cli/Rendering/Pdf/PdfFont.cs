using System.Collections.Concurrent;
using Ledger.Core;
using SkiaSharp;

namespace Ledger.Cli.Rendering.Pdf;

/// <summary>
/// The CJK font printed PDFs embed. Debian's Noto CJK collections have CFF outlines, which Skia's PDF backend can only
/// embed as Type 3 bitmaps-of-paths whose ToUnicode map reads 页 back as the radical ⻚; WenQuanYi Micro Hei has
/// TrueType outlines, which Skia embeds as a CID TrueType subset that every reader searches and copies correctly.
/// </summary>
internal static class PdfFont
{
    /// <summary>Names a font file to use instead of the candidates (any TrueType-outline CJK font).</summary>
    public const string FileVariable = "VLEDGER_PDF_FONT";

    /// <summary>Where Debian's fonts-wqy-microhei and fonts-wqy-zenhei put their collections, tried in this order.</summary>
    public static readonly IReadOnlyList<string> Candidates =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    ];

    private static readonly ConcurrentDictionary<string, SKTypeface> Loaded = new();

    /// <summary>The font file to embed: the one named, else the first candidate installed; null when there is none.</summary>
    public static string? Locate(string? named) =>
        !string.IsNullOrWhiteSpace(named) ? (File.Exists(named) ? named : null) : Candidates.FirstOrDefault(File.Exists);

    public static Text Missing(string? named) => string.IsNullOrWhiteSpace(named)
        ? new Text("没有可嵌入 PDF 的中文字体：请安装 fonts-wqy-microhei（apt-get install fonts-wqy-microhei），或用环境变量 VLEDGER_PDF_FONT 指定一个 TrueType 中文字体文件",
            "no CJK font a PDF can embed is installed: install fonts-wqy-microhei (apt-get install fonts-wqy-microhei), or name a TrueType CJK font file in VLEDGER_PDF_FONT")
        : new Text($"找不到 VLEDGER_PDF_FONT 指定的字体文件 {named}", $"the font file {named} named by VLEDGER_PDF_FONT does not exist");

    /// <summary>The typeface of the named file or the first candidate, loaded once per process.</summary>
    /// <exception cref="PdfFontMissingException">When no such font file is installed.</exception>
    public static SKTypeface Open(string? named)
    {
        var path = Locate(named) ?? throw new PdfFontMissingException(Missing(named));
        return Loaded.GetOrAdd(path, p => SKTypeface.FromFile(p, 0) ?? throw new PdfFontMissingException(
            new Text($"字体文件 {p} 无法读取", $"the font file {p} cannot be read")));
    }
}
