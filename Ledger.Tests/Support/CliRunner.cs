using Ledger.Cli.Hosting;

namespace Ledger.Tests.Support;

/// <summary>Runs the vledger command in-process, in a temporary working folder, as a user would from a shell.</summary>
public sealed class CliRunner : IDisposable
{
    private readonly Dictionary<string, string?> _environment = new(StringComparer.Ordinal) { ["LANG"] = "en_US.UTF-8" };

    /// <summary>The runner's own database when the run keeps townships on PostgreSQL (<see cref="PostgresServer.IsTheStore"/>).</summary>
    private readonly PostgresServer.TestDatabase? _database;

    public CliRunner() : this(template: null)
    {
    }

    private CliRunner(string? template)
    {
        Folder = Directory.CreateTempSubdirectory("vledger-cli-").FullName;
        // Login sessions keep their token files under the config folder: the runner's own, never the real account's.
        _environment["XDG_CONFIG_HOME"] = Path.Combine(Folder, "config");
        if (PostgresServer.IsTheStore)
        {
            // Every command that names no --db runs on the runner's own database, as VLEDGER_DB on a user's machine.
            _database = PostgresServer.NewDatabase(template);
            _environment["VLEDGER_DB"] = _database.Url;
        }
    }

    /// <summary>Where the runner's commands keep the township when they name no --db: vledger.db here, or the runner's database.</summary>
    public string StoreAddress => _database?.Url ?? PathOf("vledger.db");

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

    public CliResult Run(params string[] args) => RunWithInput("", args);

    /// <summary>Runs with <paramref name="input"/> as standard input, as <c>vledger … &lt; file</c> would.</summary>
    public CliResult RunWithInput(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, _environment, Clock, Folder, isTerminal: false, new StringReader(input));
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
        Ok("init", "--township", "330424101", "--name", "沈荡镇", "--admin", "zhang", "--no-passwords");
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

    /// <summary>
    /// A new runner in a fresh folder holding a copy of everything in this one's folder: the store with its WAL
    /// sidecars (-wal, -shm) when they are there, and every file a test wrote beside it; with the same environment and
    /// the same time on its clock. A fixture builds its township once and gives each test a copy, so that a test that
    /// writes changes only its own copy.
    /// </summary>
    /// <remarks>
    /// The commands run in-process and each closes its connection before it returns (the store turns pooling off), so
    /// between two commands no connection is open and the files on disk are the whole store. Copying the -wal and -shm
    /// files along with the database keeps anything the last connection left in the log.
    /// </remarks>
    public CliRunner Copy()
    {
        var copy = new CliRunner(_database?.Name);
        foreach (var folder in Directory.EnumerateDirectories(Folder, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(copy.Folder, Path.GetRelativePath(Folder, folder)));
        }
        foreach (var file in Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(copy.Folder, Path.GetRelativePath(Folder, file)));
        }
        // A variable that names a file of this folder (VLEDGER_DB, say) must name the copy's file, or the copy's
        // commands would reach back into the prepared township.
        foreach (var (variable, value) in _environment)
        {
            copy._environment[variable] = variable == "VLEDGER_DB" && _database is not null
                ? copy._database!.Url
                : value?.Replace(Folder, copy.Folder, StringComparison.Ordinal);
        }
        copy.Clock.Now = Clock.Now;
        return copy;
    }

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        _database?.Dispose();
    }
}
