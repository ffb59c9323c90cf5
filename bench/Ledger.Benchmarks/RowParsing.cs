using System.Text;
using BenchmarkDotNet.Attributes;
using Ledger.Core.Import;

namespace Ledger.Benchmarks;

/// <summary>Reading a clerk's CSV row by row and turning its cells into dates and amounts, without the store.</summary>
[MemoryDiagnoser]
public class RowParsing
{
    private const int Rows = 10_000;

    private byte[] _csv = [];

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder("村编码,账套,日期,凭证号,摘要,科目编码,借方金额,贷方金额,对方单位\n");
        for (var i = 0; i < Rows / 2; i++)
        {
            text.Append($"V001,collective,2024-03-{1 + (i % 28):00},记-{i + 1},收取租金{i},10201,{1000 + i}.50,,\n");
            text.Append($",,,,,501,,{1000 + i}.50,\n");
        }
        _csv = Encoding.UTF8.GetBytes(text.ToString());
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public long ReadRows()
    {
        using var sheet = Sheets.Open("march.csv", new MemoryStream(_csv));
        long fen = 0;
        sheet.Next(out _);
        while (sheet.Next(out var row))
        {
            fen += CellValues.ToMoney(row[6]).Value.Fen + CellValues.ToMoney(row[7]).Value.Fen;
            if (!CellValues.IsEmpty(row[2]))
            {
                fen += CellValues.ToDate(row[2]).Value.Day;
            }
        }
        return fen;
    }
}
