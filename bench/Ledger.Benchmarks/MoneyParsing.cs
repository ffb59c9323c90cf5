using BenchmarkDotNet.Attributes;
using Ledger.Core;

namespace Ledger.Benchmarks;

/// <summary>Money's parser on the amounts clerks' sheets hold: plain, with separators, full-width, with a unit.</summary>
[MemoryDiagnoser]
public class MoneyParsing
{
    private static readonly string[] Amounts = ["1234.56", "12,345,678.90", "-35.00", "１２３４．５０", "¥1,280.00", "3500元", "0.05", "98765432.1"];

    [Benchmark(OperationsPerInvoke = 8)]
    public long Parse()
    {
        long sum = 0;
        foreach (var amount in Amounts)
        {
            sum += Money.Parse(amount).Value.Fen;
        }
        return sum;
    }
}
