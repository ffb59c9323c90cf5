using Ledger.Core.Contracts;

namespace Ledger.Core.Import;

/// <summary>Reads the contracts register (合同编号,对方单位,标的,开始日期,结束日期,每期金额,付款周期).</summary>
internal static class ContractSheet
{
    public sealed record Row(int Number, Contract Contract);

    public static Result<List<Row>> Read(string file, Stream content)
    {
        var rows = SheetTable.Read(file, content,
            [ImportField.ContractNumber, ImportField.Counterparty, ImportField.Subject, ImportField.StartDate, ImportField.EndDate, ImportField.AmountPerPeriod, ImportField.Cycle],
            (row, header, problems) =>
            {
                string Text(ImportField field, int lengthMax)
                {
                    var text = CellValues.Text(header.Cell(row, field));
                    if (text.Length == 0 || text.Length > lengthMax)
                    {
                        problems.Problem(row, header, field, new Text($"须为 1 到 {lengthMax} 个字", $"must have 1 to {lengthMax} characters"));
                    }
                    return text;
                }
                DateOnly Date(ImportField field)
                {
                    var date = CellValues.ToDate(header.Cell(row, field));
                    if (date.IsRefused)
                    {
                        problems.Problem(row, header, field, date.Refusals[0].Message);
                        return default;
                    }
                    return date.Value;
                }
                var number = Text(ImportField.ContractNumber, 64);
                var counterparty = Text(ImportField.Counterparty, Limits.NameLengthMax);
                var subject = Text(ImportField.Subject, Limits.NameLengthMax);
                var (start, end) = (Date(ImportField.StartDate), Date(ImportField.EndDate));
                if (start != default && end != default && end < start)
                {
                    problems.Problem(row, header, ImportField.EndDate, new Text("结束日期早于开始日期", "the end date is before the start date"));
                }
                var amount = CellValues.ToMoney(header.Cell(row, ImportField.AmountPerPeriod));
                if (amount.IsRefused || amount.Value.Fen <= 0)
                {
                    problems.Problem(row, header, ImportField.AmountPerPeriod, amount.IsRefused ? amount.Refusals[0].Message : new Text("每期金额须大于零", "the amount per period must be above zero"));
                }
                var cycle = ContractCycle.Parse(CellValues.Text(header.Cell(row, ImportField.Cycle)));
                if (cycle.IsRefused)
                {
                    problems.Problem(row, header, ImportField.Cycle, cycle.Refusals[0].Message);
                }
                return amount.IsRefused || cycle.IsRefused ? null : new Row(row.Number, new Contract(number, counterparty, subject, start, end, amount.Value, cycle.Value));
            }, sums: [ImportField.AmountPerPeriod]);
        if (rows.IsRefused)
        {
            return rows;
        }
        var repeated = rows.Value.GroupBy(r => r.Contract.Number).Where(g => g.Count() > 1).Select(g => g.Skip(1).First()).ToList();
        if (repeated.Count > 0)
        {
            return Result<List<Row>>.Refused(repeated.Select(r => new ImportProblem(r.Number, "合同编号", new Text($"合同编号 {r.Contract.Number} 重复", $"contract {r.Contract.Number} appears twice")).ToRefusal(file)).ToList());
        }
        return rows.Value.Count == 0 ? Refusal.Of("import.empty", $"{file}: 表头下没有任何合同", $"{file}: there are no contracts under the header") : rows;
    }
}
