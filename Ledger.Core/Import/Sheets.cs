namespace Ledger.Core.Import;

/// <summary>Opens a clerk's file as a sheet by its extension, checking that its content is what the name claims.</summary>
internal static class Sheets
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <exception cref="UnreadableFileException">When the extension is unknown or the content does not match it.</exception>
    public static ISheet Open(string fileName, Stream stream)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var head = new byte[8];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        switch (extension)
        {
            case ".xlsx" or ".xlsm":
                Require(head.AsSpan(0, read).StartsWith(ZipSignature), "xlsx");
                return new ExcelSheet(stream, isXlsx: true);
            case ".xls":
                Require(head.AsSpan(0, read).StartsWith(OleSignature), "xls");
                return new ExcelSheet(stream, isXlsx: false);
            case ".csv" or ".txt":
                Require(!head.AsSpan(0, read).StartsWith(ZipSignature) && !head.AsSpan(0, read).StartsWith(OleSignature), "csv");
                return new CsvSheet(stream);
            default:
                throw new UnreadableFileException(new Text($"不支持的文件类型“{extension}”：请用 .xlsx、.xls 或 .csv", $"unsupported file type '{extension}': use .xlsx, .xls or .csv"));
        }
    }

    private static void Require(bool matches, string kind)
    {
        if (!matches)
        {
            throw new UnreadableFileException(new Text($"文件内容不是 {kind} 格式", $"the content is not a {kind} file"));
        }
    }
}
