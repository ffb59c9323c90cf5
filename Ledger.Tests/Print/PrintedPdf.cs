using System.Diagnostics;
using SkiaSharp;
using UglyToad.PdfPig;

namespace Ledger.Tests.Print;

/// <summary>
/// Reads a printed PDF back as a person and a reader would meet it: its pages as lines of words (PdfPig), its fonts
/// (poppler's pdffonts) and its first page as an image (poppler's pdftoppm; .ci/run installs poppler-utils).
/// </summary>
public static class PrintedPdf
{
    /// <summary>Each page's lines from top to bottom, each line's words joined by single spaces.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> PageLines(string path)
    {
        using var document = PdfDocument.Open(path);
        return document.GetPages().Select(page => (IReadOnlyList<string>)page.GetWords()
            // Words of one printed row share a baseline to within a point, whatever their size.
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom / 2))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))
            .ToList()).ToList();
    }

    /// <summary>The whole text of every page, for checks that do not care about lines.</summary>
    public static string Text(string path) => string.Join('\n', PageLines(path).SelectMany(p => p));

    /// <summary>The fonts pdffonts lists that are not embedded; empty when every font is.</summary>
    public static IReadOnlyList<string> FontsNotEmbedded(string path)
    {
        var lines = Run("pdffonts", path).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var emb = lines[0].IndexOf(" emb ", StringComparison.Ordinal) + 1;
        Assert.That(emb, Is.Positive, $"pdffonts printed no 'emb' column:\n{string.Join('\n', lines)}");
        Assert.That(lines.Length, Is.GreaterThan(2), "The PDF uses no font at all.");
        return lines.Skip(2).Where(l => l.Length < emb + 3 || l.Substring(emb, 3) != "yes").ToList();
    }

    /// <summary>Renders the first page at 60 dpi and counts its pixels that are not white; ignored where pdftoppm is missing.</summary>
    public static int InkedPixelsOfFirstPage(string path)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-page");
        try
        {
            Run("pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", path, prefix);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("pdftoppm is not installed: apt-get install poppler-utils (.ci/run does this)");
        }
        var png = Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(prefix) + "-*.png").Single();
        using var bitmap = SKBitmap.Decode(png);
        Assert.That(bitmap, Is.Not.Null, $"{png} is not a PNG");
        var inked = 0;
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red < 200 || pixel.Green < 200 || pixel.Blue < 200)
                {
                    inked++;
                }
            }
        }
        return inked;
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, $"{tool} failed: {error.Result}");
        return output.Result;
    }
}
