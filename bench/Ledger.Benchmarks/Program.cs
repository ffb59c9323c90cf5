using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Ledger.Benchmarks -- --filter '*'   (add --job short for a quick look)
BenchmarkSwitcher.FromAssembly(typeof(Ledger.Benchmarks.MoneyParsing).Assembly).Run(args);
