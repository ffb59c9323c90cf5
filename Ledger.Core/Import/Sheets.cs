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
        // From the first byte whatever read the stream before: its hash, or the same command's work run again after
        // a PostgreSQL serialization failure.
        stream.Position = 0;
        var head = new byte[8];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        switch (extension)
        {
            case ".xlsx" or ".xlsm":
                Require(head.AsSpan(0, read).StartsWith(ZipSignature), "xlsx");
                RefuseZipBomb(stream);
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

    /// <summary>
    /// Refuses a workbook whose parts would inflate past <see cref="Limits.WorkbookInflatedBytesMax"/>, or one part
    /// past <see cref="Limits.WorkbookInflationRatioMax"/> times its stored size, before a byte of it is inflated: the
    /// zip's directory says how large each part is, and the reader checks each part against it as it inflates.
    /// </summary>
    private static void RefuseZipBomb(Stream stream)
    {
        const long PartBytesBeforeRatioCounts = 16L << 20;
        try
        {
            using var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
            var totalBytes = 0L;
            foreach (var part in zip.Entries)
            {
                totalBytes += part.Length;
                var ratio = part.CompressedLength == 0 ? 0 : part.Length / part.CompressedLength;
                if (part.Length > PartBytesBeforeRatioCounts && ratio > Limits.WorkbookInflationRatioMax)
                {
                    throw new UnreadableFileException(new Text(
                        $"工作簿的 {part.FullName} 解压后为 {Megabytes(part.Length)} MB，是压缩后的 {ratio} 倍（上限 {Limits.WorkbookInflationRatioMax} 倍）：疑似压缩炸弹，拒绝读取",
                        $"the workbook's {part.FullName} inflates to {Megabytes(part.Length)} MB, {ratio} times its stored size (at most {Limits.WorkbookInflationRatioMax}): refused as a zip bomb"));
                }
            }
            if (totalBytes > Limits.WorkbookInflatedBytesMax)
            {
                throw new UnreadableFileException(new Text(
                    $"工作簿解压后为 {Megabytes(totalBytes)} MB，超过上限 {Megabytes(Limits.WorkbookInflatedBytesMax)} MB：请分成几个文件导入",
                    $"the workbook inflates to {Megabytes(totalBytes)} MB, more than the {Megabytes(Limits.WorkbookInflatedBytesMax)} MB limit: import it as several files"));
            }
        }
        catch (InvalidDataException e)
        {
            throw new UnreadableFileException(new Text("不是有效的 xlsx 文件", "not a valid .xlsx workbook"), e);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static long Megabytes(long bytes) => bytes >> 20;

    private static void Require(bool matches, string kind)
    {
        if (!matches)
        {
            throw new UnreadableFileException(new Text($"文件内容不是 {kind} 格式", $"the content is not a {kind} file"));
        }
    }
}
