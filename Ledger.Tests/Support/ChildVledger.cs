using System.Diagnostics;

namespace Ledger.Tests.Support;

/// <summary>
/// Starts the built vledger as a separate process on a given store, for the tests that need a real process to
/// kill or several to run at once; everything else runs in-process through <see cref="CliRunner"/>.
/// </summary>
public static class ChildVledger
{
    public static Process Start(string store, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "vledger.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(store);
        start.Environment["LANG"] = "en_US.UTF-8";
        return Process.Start(start)!;
    }

    /// <summary>Waits for the process to end and returns its exit code with everything it printed.</summary>
    public static CliResult Finish(Process process)
    {
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliResult(process.ExitCode, output.Result, error.Result);
    }
}
