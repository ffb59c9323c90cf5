using Ledger.Cli.Hosting;

namespace Ledger.Tests.Support;

/// <summary>Runs the vledger command in-process, in a temporary working folder, as a user would from a shell.</summary>
public sealed class CliRunner : IDisposable
{
    private readonly Dictionary<string, string?> _environment = new(StringComparer.Ordinal) { ["LANG"] = "en_US.UTF-8" };

    public CliRunner() => Folder = Directory.CreateTempSubdirectory("vledger-cli-").FullName;

    public string Folder { get; }

    public FixedClock Clock { get; } = FixedClock.At2024();

    public CliRunner With(string variable, string? value)
    {
        _environment[variable] = value;
        return this;
    }

    /// <summary>The value a variable has in the environment the commands run in.</summary>
    public string? Variable(string variable) => _environment.GetValueOrDefault(variable);

    public string PathOf(string file) => Path.Combine(Folder, file);

    public CliResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, _environment, Clock, Folder, isTerminal: false);
        var exitCode = VledgerApp.Run(args, context);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs and asserts exit code 0, returning the result.</summary>
    public CliResult Ok(params string[] args)
    {
        var result = Run(args);
        Assert.That(result.ExitCode, Is.Zero, $"vledger {string.Join(' ', args)} failed:\n{result.Error}{result.Output}");
        return result;
    }

    /// <summary>A township with V001 and V002, the contract's users, and 10201 under the collective bank account.</summary>
    public CliRunner WithTownship()
    {
        Ok("init", "--township", "330424101", "--name", "沈荡镇", "--admin", "zhang");
        File.WriteAllText(PathOf("lenient-policy.json"), TestLedger.LenientPolicy);
        Ok("policy", "import", "lenient-policy.json", "--user", "zhang");
        Ok("village", "add", "V001", "东风村", "--user", "zhang");
        Ok("village", "add", "V002", "红旗村", "--user", "zhang");
        Ok("user", "add", "wang", "--role", "clerk", "--village", "V001", "--user", "zhang");
        Ok("user", "add", "li", "--role", "township-reviewer", "--user", "zhang");
        Ok("user", "add", "zhao", "--role", "township-accountant", "--user", "zhang");
        Ok("user", "add", "zhou", "--role", "auditor", "--user", "zhang");
        Ok("account", "add", "--book", "V001/collective", "10201", "银行存款-农商行", "--user", "zhang");
        return this;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
