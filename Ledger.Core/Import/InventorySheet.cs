using Ledger.Core.Books;

namespace Ledger.Core.Import;

/// <summary>Reads the township's verified values of an asset inventory (村编码,行次,核实数), one row per village and line.</summary>
internal static class InventorySheet
{
    public sealed record Row(int Number, VillageCode Village, int FormRow, Money Verified);

    public static Result<List<Row>> Read(string file, Stream content) =>
        SheetTable.Read(file, content, [ImportField.Village, ImportField.FormRow, ImportField.Verified], (row, header, problems) =>
        {
            var village = VillageCode.Parse(CellValues.Text(header.Cell(row, ImportField.Village)));
            if (village.IsRefused)
            {
                problems.Problem(row, header, ImportField.Village, village.Refusals[0].Message);
            }
            var formRow = int.TryParse(CellValues.Text(header.Cell(row, ImportField.FormRow)), out var number) && number > 0 ? number : 0;
            if (formRow == 0)
            {
                problems.Problem(row, header, ImportField.FormRow, new Text("行次须为资产负债表的行号，如 1", "行次 must be a line number of the balance sheet, e.g. 1"));
            }
            var verified = CellValues.ToMoney(header.Cell(row, ImportField.Verified));
            if (verified.IsRefused)
            {
                problems.Problem(row, header, ImportField.Verified, verified.Refusals[0].Message);
            }
            return village.IsRefused || formRow == 0 || verified.IsRefused ? null : new Row(row.Number, village.Value, formRow, verified.Value);
        });
}
