using System.Text;
using CsvHelper;

namespace Ledger.Core.Import;

/// <summary>A CSV file in UTF-8 (with or without BOM), GBK or GB18030, found out by reading it, never by asking.</summary>
internal sealed class CsvSheet : ISheet
{
    /// <summary>A record larger than this is not a voucher line but a hostile or broken file.</summary>
    public const int RecordBytesMax = 1024 * 1024;

    private readonly StreamReader _text;
    private readonly CsvReader _reader;
    private int _number;

    public CsvSheet(Stream stream)
    {
        var encoding = DetectEncoding(stream);
        stream.Position = 0;
        _text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        _reader = CsvReader.Create(_text, new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            SkipEmptyLines = false,
            MaxRecordSize = RecordBytesMax,
        });
    }

    public bool Next(out SheetRow row)
    {
        bool read;
        try
        {
            read = _reader.Read();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new UnreadableFileException(new Text("不是可读的 CSV 文件：" + e.Message, "not a readable CSV file: " + e.Message), e);
        }
        if (!read)
        {
            row = default;
            return false;
        }
        _number++;
        var cells = new object?[_reader.FieldCount];
        for (var i = 0; i < cells.Length; i++)
        {
            var text = _reader.GetString(i);
            cells[i] = text.Length == 0 ? null : text;
        }
        row = new SheetRow(_number, cells);
        return true;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _text.Dispose();
    }

    /// <summary>
    /// UTF-8 if every byte sequence is valid UTF-8 (a BOM settles it at once), else GB18030, the superset of GBK that
    /// Excel and WPS write on Chinese Windows. Reads the stream once in blocks, keeping nothing.
    /// </summary>
    private static Encoding DetectEncoding(Stream stream)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[(1 << 16) + 4];
        int count;
        try
        {
            while ((count = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, count, chars, 0, flush: false);
            }
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            return TextDecoding.Gb18030;
        }
    }
}
