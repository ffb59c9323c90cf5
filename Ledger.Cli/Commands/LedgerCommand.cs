using System.Text;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Identity;
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

    /// <summary>
    /// The store --db or VLEDGER_DB names, else vledger.db here: a SQLite file, or a PostgreSQL database named by
    /// postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE.
    /// </summary>
    protected StoreAddress StoreAddressOf(TSettings settings)
    {
        var named = NamedStore(settings) ?? DefaultStoreFile;
        if (!StoreAddress.LooksLikeAddress(named))
        {
            return StoreAddress.File(Context.ResolvePath(named));
        }
        var address = StoreAddress.ParsePostgres(named);
        return address.IsRefused ? throw new UsageException(new Text($"--db：{address.Refusals[0].Message.Zh}", $"--db: {address.Refusals[0].Message.En}")) : address.Value;
    }

    /// <summary>The store the command acts on as the user named it: --db, else VLEDGER_DB; null for the default.</summary>
    protected virtual string? NamedStore(TSettings settings) => settings.Db ?? Context.Variable("VLEDGER_DB");

    /// <summary>Opens the existing store; a missing one is a usage error, since only init creates a store.</summary>
    protected ILedgerStore OpenStore(TSettings settings)
    {
        var address = StoreAddressOf(settings);
        if (!LedgerStores.Exists(address))
        {
            throw new UsageException(address.IsPostgres
                ? new Text($"数据库 {address} 中没有 vledger 账库：用 vledger init --db {address} 新建，或用 vledger migrate 从 SQLite 账库迁入", $"the database {address} holds no vledger store: create one with 'vledger init --db {address}', or copy one in with 'vledger migrate'")
                : new Text($"{address} 处没有 vledger 账库：用 vledger init 新建，或用 --db、环境变量 VLEDGER_DB 指明", $"no vledger store at {address}: create one with 'vledger init', or name it with --db or VLEDGER_DB"));
        }
        return LedgerStores.Open(address);
    }

    /// <summary>Runs <paramref name="work"/> with a session for the named user, or prints why there is none.</summary>
    protected int WithSession(TSettings settings, Func<LedgerSession, int> work)
    {
        using var database = OpenStore(settings);
        var userName = ActingUser(settings);
        var session = LedgerSession.Open(database, userName, Context.Clock, ProofOf(database, settings, userName));
        if (session.IsRefused)
        {
            return Refused(session, settings);
        }
        _session = session.Value;
        try
        {
            return work(session.Value);
        }
        finally
        {
            // The session's view of the store holds the actor's private key, which goes with the command.
            if (!ReferenceEquals(session.Value.Store, database))
            {
                session.Value.Store.Dispose();
            }
        }
    }

    /// <summary>The refusal of login and passwd in a township whose users act by name alone.</summary>
    protected static Refusal NamesOnly { get; } = Refusal.Of("proof.names-only",
        "本乡镇不用密码（以 --no-passwords 建立，或建于密码功能之前）：用户只凭用户名操作，没有密码和登录",
        "this township runs without passwords (made with --no-passwords, or before passwords existed): users act by name alone, without passwords or logins");

    protected string? ActingUser(TSettings settings) => settings.User ?? Context.Variable("VLEDGER_USER");

    /// <summary>
    /// Whether <c>--password-stdin</c> carries the acting user's password. It does not for the commands that read
    /// another password from standard input: init (the first admin's), user add and reset-password (the user's), passwd
    /// (the old and the new one), login (the one logging in).
    /// </summary>
    protected virtual bool StdinProvesActor => true;

    /// <summary>
    /// The proof the acting user offers, in this order: the password on standard input (<c>--password-stdin</c>), the
    /// password in <c>VLEDGER_PASSWORD</c>, a login session of this OS account with this store. A township whose users
    /// act by name alone needs none, and nothing is read.
    /// </summary>
    private Proof ProofOf(ILedgerStore database, TSettings settings, string? userName)
    {
        if (string.IsNullOrWhiteSpace(userName))
        {
            return Proof.None;
        }
        var (mode, storeId) = Credentials.ModeOf(database);
        if (mode == ProofMode.Names)
        {
            return Proof.None;
        }
        if (StdinProvesActor && settings.PasswordStdin)
        {
            return Proof.Password(ReadStdinLine("--password-stdin"));
        }
        if (Context.Variable("VLEDGER_PASSWORD") is { } password)
        {
            return Proof.Password(password);
        }
        return new SessionFiles(Context).Read(storeId, userName.Trim()) is { } token ? Proof.Session(token) : Proof.None;
    }

    /// <summary>The next line of standard input, without its line end: a password given with <c>--password-stdin</c>.</summary>
    protected string ReadStdinLine(string option, Text? expected = null)
    {
        // A file saved by Notepad starts with a byte-order mark, which is no part of the password typed into it.
        var line = Context.In.ReadLine()?.TrimStart('\uFEFF').TrimEnd('\r');
        if (string.IsNullOrEmpty(line))
        {
            var what = expected ?? new Text("一行一个", "one per line");
            throw new UsageException(new Text($"{option}：标准输入没有密码（{what.Zh}）", $"{option}: standard input holds no password ({what.En})"));
        }
        return line;
    }

    /// <summary>
    /// <paramref name="userName"/>'s present password, for the commands that check it themselves (login, passwd): the
    /// next line of standard input with <c>--password-stdin</c>, else <paramref name="fromVariable"/>, else asked at a
    /// terminal.
    /// </summary>
    protected string PresentPassword(TSettings settings, string userName, Language language, string? fromVariable = null) =>
        settings.PasswordStdin ? ReadStdinLine("--password-stdin")
        : fromVariable ?? Context.PromptSecret(language == Language.Zh ? $"{userName} 的密码：" : $"Password for {userName}: ")
        ?? throw new UsageException(new Text("密码用 --password-stdin 从标准输入给出（passwd 为两行：旧密码、新密码），或在终端上输入",
            "give the password on standard input with --password-stdin (for passwd two lines, the old and the new), or at a terminal"));

    /// <summary>
    /// A new password for <paramref name="userName"/>: from standard input with <c>--password-stdin</c>, else asked twice
    /// at a terminal; null when there is neither.
    /// </summary>
    protected string? NewPassword(TSettings settings, string userName, Language language)
    {
        if (settings.PasswordStdin)
        {
            return ReadStdinLine("--password-stdin");
        }
        var first = Context.PromptSecret(language == Language.Zh ? $"{userName} 的新密码：" : $"New password for {userName}: ");
        if (first is null)
        {
            return null;
        }
        var again = Context.PromptSecret(language == Language.Zh ? "再输入一次：" : "Again: ");
        return first == again ? first : throw new UsageException(new Text("两次输入的密码不一致", "the two passwords typed differ"));
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

    /// <summary>The villages of <c>--villages V001,V002</c>, or null for every village.</summary>
    protected static IReadOnlyList<VillageCode>? VillageList(string? text) =>
        text?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(code => OptionalVillage(code)!.Value).ToList();

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
