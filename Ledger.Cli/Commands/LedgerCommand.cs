using System.Text;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Storage;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands;

/// <summary>
/// The base of every vledger command: it resolves the store, the user, the language and the output format the
/// same way everywhere, and turns refusals into exit code 1.
/// </summary>
internal abstract class LedgerCommand<TSettings>(CliContext context) : Command<TSettings>
    where TSettings : GlobalSettings
{
    public const string DefaultStoreFile = "vledger.db";

    protected CliContext Context { get; } = context;

    /// <summary>The command's words as typed, without options, for the log of refused commands.</summary>
    private string _commandWords = "";

    /// <summary>The session of the running command, once <see cref="WithSession"/> has opened one.</summary>
    private LedgerSession? _session;

    public sealed override int Execute(CommandContext commandContext, TSettings settings, CancellationToken cancellationToken)
    {
        _commandWords = string.Join(' ', commandContext.Arguments.TakeWhile(a => !a.StartsWith('-')).Take(CommandWordsMax));
        return Run(settings);
    }

    private const int CommandWordsMax = 3;

    protected abstract int Run(TSettings settings);

    protected Language LanguageOf(TSettings settings)
    {
        if (settings.Lang is { Length: > 0 } lang && lang.Trim().ToLowerInvariant() is not ("zh" or "en"))
        {
            throw new UsageException(new Text($"--lang 只能是 zh 或 en，不能是“{settings.Lang}”", $"--lang takes zh or en, not '{settings.Lang}'").In(CliLanguage.Current));
        }
        return CliLanguage.Of(settings.Lang, Context.Variable("LANG"));
    }

    /// <summary>--format, else the extension of --out (.csv, .json, .html), else a table.</summary>
    protected static OutputFormat FormatOf(TSettings settings) => (settings.Format ?? FormatOfFile(settings.Out) ?? "table").ToLowerInvariant() switch
    {
        "table" => OutputFormat.Table,
        "json" => OutputFormat.Json,
        "csv" => OutputFormat.Csv,
        "html" => OutputFormat.Html,
        "xlsx" when settings.Out is not null => OutputFormat.Xlsx,
        _ => throw new UsageException($"--format takes table, json, csv or html (and xlsx with --out), not '{settings.Format}'"),
    };

    private static string? FormatOfFile(string? file) => Path.GetExtension(file ?? "").ToLowerInvariant() switch
    {
        ".csv" => "csv",
        ".json" => "json",
        ".html" or ".htm" => "html",
        ".xlsx" => "xlsx",
        ".txt" => "table",
        "" => null,
        var other => throw new UsageException($"--out writes .csv, .json, .html or .txt files, not '{other}'"),
    };

    protected string StorePath(TSettings settings) =>
        Context.ResolvePath(settings.Db ?? Context.Variable("VLEDGER_DB") ?? DefaultStoreFile);

    /// <summary>Opens the existing store; a missing one is a usage error, since only init creates a store.</summary>
    protected LedgerDatabase OpenStore(TSettings settings)
    {
        var path = StorePath(settings);
        if (!File.Exists(path))
        {
            throw new UsageException($"no vledger store at {path}: create one with 'vledger init', or name it with --db or VLEDGER_DB");
        }
        return LedgerDatabase.Open(path);
    }

    /// <summary>Runs <paramref name="work"/> with a session for the named user, or prints why there is none.</summary>
    protected int WithSession(TSettings settings, Func<LedgerSession, int> work)
    {
        using var database = OpenStore(settings);
        var session = LedgerSession.Open(database, settings.User ?? Context.Variable("VLEDGER_USER"), Context.Clock);
        if (session.IsRefused)
        {
            return Refused(session, settings);
        }
        _session = session.Value;
        return work(session.Value);
    }

    protected int Refused<T>(Result<T> result, TSettings settings)
    {
        KeepInLog(result.Refusals);
        Context.Report(result.Refusals, LanguageOf(settings));
        return ExitCodes.Refused;
    }

    /// <summary>
    /// Keeps the access refusals among <paramref name="refusals"/> in the log: those of a refused command, and those a
    /// command that went through met on the way (a run that left the user's own vouchers alone).
    /// </summary>
    protected void KeepInLog(IEnumerable<Refusal> refusals) =>
        _session?.Log.RecordRefusals(_commandWords.Length > 0 ? _commandWords : "vledger", refusals);

    /// <summary>Writes a listing or report to --out (a CSV file with a BOM) or to stdout.</summary>
    protected void Emit(TSettings settings, Action<TextWriter> write)
    {
        if (settings.Out is null)
        {
            write(Context.Out);
            return;
        }
        var path = Context.ResolvePath(settings.Out);
        if (FormatOf(settings) == OutputFormat.Xlsx)
        {
            var laidOut = new StringWriter();
            write(laidOut);
            XlsxListing.Write(path, laidOut.ToString());
            return;
        }
        var withBom = FormatOf(settings) == OutputFormat.Csv;
        using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: withBom));
        write(file);
    }

    protected static T Parsed<T>(Result<T> result, string option)
    {
        if (result.IsRefused)
        {
            throw new UsageException(new Text($"{option}：{result.Refusals[0].Message.Zh}", $"{option}: {result.Refusals[0].Message.En}"));
        }
        return result.Value;
    }

    protected static BookRef? OptionalBook(string? text) => text is null ? null : Parsed(BookRef.Parse(text), "--book");

    protected static VillageCode? OptionalVillage(string? text) => text is null ? null : Parsed(VillageCode.Parse(text), "--village");

    protected static BookRef RequiredBook(string? text) =>
        Parsed(BookRef.Parse(text ?? throw new UsageException(new Text("缺少 --book，例如 --book V001/collective", "--book is required, e.g. --book V001/collective"))), "--book");

    protected static Period RequiredPeriod(string? text) =>
        Parsed(Period.Parse(text ?? throw new UsageException(new Text("缺少 --period，例如 --period 2024-03", "--period is required, e.g. --period 2024-03"))), "--period");

    /// <summary>The book, account and period that the account ledger and the bank commands all require.</summary>
    protected static (BookRef Book, string Account, Period Period) RequiredBookAccountPeriod(BookAccountPeriodSettings settings) =>
        (RequiredBook(settings.Book), Required(settings.Account, "--account", "102"), RequiredPeriod(settings.Period));

    protected static int RequiredYear(int? year) =>
        year is { } y and >= Ledger.Core.Periods.Month.YearMin and <= Ledger.Core.Periods.Month.YearMax ? y : throw new UsageException(new Text("缺少 --year，例如 --year 2024", "--year is required, e.g. --year 2024"));

    protected static string Required(string? value, string option, string example) =>
        string.IsNullOrWhiteSpace(value) ? throw new UsageException(new Text($"缺少 {option}，例如 {option} {example}", $"{option} is required, e.g. {option} {example}")) : value;
}
