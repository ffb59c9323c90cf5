namespace Ledger.Core.Import;

/// <summary>
/// Reads a bank's statement export (CSV, XLSX or XLS as banks write them: an account block and title rows above
/// the header, totals rows among the lines). On a statement the bank keeps its own side: 贷方 is money coming in to
/// the village and 借方 money going out, the reverse of the village's books. Dates come as 20240110 or with the time
/// (2024-01-10 10:15:12); print footers (打印日期：… 打印柜员：…) are skipped; totals rows are skipped and checked against
/// the lines above them. Every line's running balance must follow from the one before; a break means a missing page
/// and names the line.
/// </summary>
internal static class BankStatementSheet
{
    /// <param name="AmountFen">From the village's side: positive in, negative out.</param>
    public sealed record Line(int Row, DateOnly Date, long AmountFen, long BalanceFen, string Summary, string Counterparty, string CounterpartyAccount, string? Serial);

    /// <summary>Words that mark a totals or carry-forward row, which repeats lines rather than being one.</summary>
    private static readonly string[] TotalsWords = ["合计", "小计", "本页", "承前", "过次页", "累计"];

    public static Result<List<Line>> Read(string file, Stream content)
    {
        var problems = new List<ImportProblem>();
        var lines = new List<Line>();
        try
        {
            using var sheet = Sheets.Open(file, content);
            var header = HeaderMap.Find(sheet, [ImportField.Date, ImportField.Balance]);
            var columns = header is null ? null : Columns(header);
            if (header is null || columns is null)
            {
                return Refusal.Of("import.header", $"{file}: 表头: 找不到对账单表头：需要 交易日期、余额 以及 收入金额/支出金额（或 贷方发生额/借方发生额）各列",
                    $"{file}: header: no statement header found: the columns 交易日期, 余额 and 收入金额/支出金额 (or 贷方发生额/借方发生额) are required");
            }
            var (inField, outField) = columns.Value;
            // A signed 交易金额 column has no sum a totals row could state; 收入/支出 and 借方/贷方 columns do.
            var totals = new TotalsCheck(header, inField == ImportField.Amount ? [] : [inField, outField]);
            while (sheet.Next(out var row))
            {
                if (row.IsBlank || RowKinds.IsFooter(row))
                {
                    continue;
                }
                var dateCell = header.Cell(row, ImportField.Date);
                var date = CellValues.ToDate(dateCell);
                if (date.IsRefused && row.Cells.Any(c => c is string text && TotalsWords.Any(text.Contains)))
                {
                    totals.Check(row, problems);
                    continue;
                }
                totals.Add(row);
                var money = inField == ImportField.Amount
                    ? Signed(row, header, problems)
                    : Amount(row, header, inField, problems) - Amount(row, header, outField, problems);
                var balanceCell = header.Cell(row, ImportField.Balance);
                if (money == 0 && CellValues.IsEmpty(dateCell))
                {
                    continue;
                }
                var balance = CellValues.ToMoney(balanceCell);
                if (date.IsRefused)
                {
                    problems.Problem(row, header, ImportField.Date, date.Refusals[0].Message);
                }
                if (balance.IsRefused || CellValues.IsEmpty(balanceCell))
                {
                    problems.Problem(row, header, ImportField.Balance, balance.IsRefused ? balance.Refusals[0].Message : new Text("余额为空", "the balance is empty"));
                }
                if (money == 0)
                {
                    // A dated line without an amount is the bank's 期初/上日余额 line: it only states the balance.
                    continue;
                }
                if (!date.IsRefused && !balance.IsRefused)
                {
                    var serial = CellValues.Text(header.Cell(row, ImportField.Serial));
                    lines.Add(new Line(row.Number, date.Value, money, balance.Value.Fen, CellValues.Text(header.Cell(row, ImportField.Summary)),
                        CellValues.Text(header.Cell(row, ImportField.Counterparty)), CellValues.Text(header.Cell(row, ImportField.CounterpartyAccount)),
                        serial.Length == 0 ? null : serial));
                }
            }
            for (var i = 1; i < lines.Count; i++)
            {
                var (before, line) = (lines[i - 1], lines[i]);
                if (before.BalanceFen + line.AmountFen != line.BalanceFen)
                {
                    problems.Add(new ImportProblem(line.Row, header.Label(ImportField.Balance), new Text(
                        $"余额不连续：上一行（第 {before.Row} 行）余额 {Money.FromFen(before.BalanceFen)} 加本行 {Money.FromFen(line.AmountFen)} 应为 {Money.FromFen(before.BalanceFen + line.AmountFen)}，本行余额却是 {Money.FromFen(line.BalanceFen)}：对账单可能缺页或缺行",
                        $"the balance breaks: row {before.Row}'s balance {Money.FromFen(before.BalanceFen)} plus {Money.FromFen(line.AmountFen)} makes {Money.FromFen(before.BalanceFen + line.AmountFen)}, but this row says {Money.FromFen(line.BalanceFen)}: a page or a line of the statement is missing")));
                }
                if (line.Date < before.Date)
                {
                    problems.Add(new ImportProblem(line.Row, header.Label(ImportField.Date), new Text("对账单行须按日期先后排列", "statement lines must run in date order")));
                }
            }
        }
        catch (UnreadableFileException e)
        {
            return Refusal.Of("import.unreadable", $"{file}: {e.Reason.Zh}", $"{file}: {e.Reason.En}");
        }
        if (problems.Count == 0 && lines.Count == 0)
        {
            return Refusal.Of("import.empty", $"{file}: 表头下没有任何交易行", $"{file}: there are no statement lines under the header");
        }
        return problems.Count > 0
            ? Result<List<Line>>.Refused(ProblemReport.Refusals(file, problems))
            : Result<List<Line>>.Ok(lines);
    }

    /// <summary>
    /// The money-in and money-out columns: 收入/支出 by name, else the bank's 贷方 (in) and 借方 (out), else one
    /// 交易金额 column (both fields <see cref="ImportField.Amount"/>), signed or with a 借贷标志 beside it.
    /// </summary>
    private static (ImportField In, ImportField Out)? Columns(HeaderMap header) =>
        header.Has(ImportField.BankIn) && header.Has(ImportField.BankOut) ? (ImportField.BankIn, ImportField.BankOut)
        : header.Has(ImportField.Credit) && header.Has(ImportField.Debit) ? (ImportField.Credit, ImportField.Debit)
        : header.Has(ImportField.Amount) ? (ImportField.Amount, ImportField.Amount)
        : null;

    /// <summary>
    /// One 交易金额 from the village's side. With a 借贷标志 (收支标志) the flag gives the side, the bank's own: 贷 and 收
    /// are money in, 借 and 支 money out. Without one, the sign does: a negative amount is money out.
    /// </summary>
    private static long Signed(SheetRow row, HeaderMap header, List<ImportProblem> problems)
    {
        var amount = CellValues.ToMoney(header.Cell(row, ImportField.Amount));
        if (amount.IsRefused)
        {
            problems.Problem(row, header, ImportField.Amount, amount.Refusals[0].Message);
            return 0;
        }
        if (!header.Has(ImportField.Direction))
        {
            return amount.Value.Fen;
        }
        var flag = CellValues.Text(header.Cell(row, ImportField.Direction));
        if (flag is "贷" or "贷方" or "收" or "收入" or "存入" or "C" or "c" or "+")
        {
            return Math.Abs(amount.Value.Fen);
        }
        if (flag is "借" or "借方" or "支" or "支出" or "支取" or "D" or "d" or "-")
        {
            return -Math.Abs(amount.Value.Fen);
        }
        if (!amount.Value.IsZero)
        {
            problems.Problem(row, header, ImportField.Direction, new Text($"借贷标志“{flag}”应为 借 或 贷（收 或 支）", $"the debit/credit flag '{flag}' must be 借 or 贷 (支 or 收)"));
        }
        return 0;
    }

    private static long Amount(SheetRow row, HeaderMap header, ImportField field, List<ImportProblem> problems)
    {
        var amount = CellValues.ToMoney(header.Cell(row, field));
        if (amount.IsRefused)
        {
            problems.Problem(row, header, field, amount.Refusals[0].Message);
            return 0;
        }
        if (amount.Value.IsNegative)
        {
            problems.Problem(row, header, field, new Text("收支金额不能为负数", "an amount in or out is never negative"));
        }
        return amount.Value.Fen;
    }
}
