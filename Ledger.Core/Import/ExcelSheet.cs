using ExcelDataReader;

namespace Ledger.Core.Import;

/// <summary>The first sheet of an .xlsx or .xls workbook, read row by row with ExcelDataReader.</summary>
internal sealed class ExcelSheet : ISheet
{
    private readonly IExcelDataReader _reader;

    static ExcelSheet() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public ExcelSheet(Stream stream, bool isXlsx)
    {
        try
        {
            // The stream stays open: a command's work may run again after a serialization failure and read it anew.
            var configuration = new ExcelReaderConfiguration { LeaveOpen = true };
            _reader = isXlsx ? ExcelReaderFactory.CreateOpenXmlReader(stream, configuration) : ExcelReaderFactory.CreateBinaryReader(stream, configuration);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new UnreadableFileException(isXlsx ? new Text("不是有效的 xlsx 文件", "not a valid .xlsx workbook") : new Text("不是有效的 xls 文件", "not a valid .xls workbook"), e);
        }
    }

    public bool Next(out SheetRow row)
    {
        try
        {
            if (!_reader.Read())
            {
                row = default;
                return false;
            }
            var cells = new object?[_reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = _reader.GetValue(i);
            }
            // Depth is the 0-based index of the row in the sheet, gaps included, so numbers match what Excel shows.
            row = new SheetRow(_reader.Depth + 1, cells);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException and not UnreadableFileException)
        {
            throw new UnreadableFileException(new Text("工作簿已损坏：" + e.Message, "the workbook is damaged: " + e.Message), e);
        }
    }

    public void Dispose() => _reader.Dispose();
}
