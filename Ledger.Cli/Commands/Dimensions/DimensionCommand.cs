using System.Text.Json;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Books;

namespace Ledger.Cli.Commands.Dimensions;

/// <summary>
/// A 辅助核算 report command: reads its options (a usage error before the store is opened), reads the report, prints
/// a refusal with exit 1, else writes the report in the format asked for to --out or stdout.
/// </summary>
internal abstract class DimensionCommand<TSettings, TReport>(CliContext context) : LedgerCommand<TSettings>(context)
    where TSettings : GlobalSettings
{
    /// <summary>How to read the report, from the options; throws <see cref="UsageException"/> for a wrong option.</summary>
    protected abstract Func<LedgerSession, Result<TReport>> Reader(TSettings settings);

    protected abstract void Write(TextWriter target, TReport report, OutputFormat format, Language language);

    protected sealed override int Run(TSettings settings)
    {
        var read = Reader(settings);
        return WithSession(settings, session =>
        {
            var result = read(session);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var (format, language) = (FormatOf(settings), LanguageOf(settings));
            Emit(settings, target => Write(target, result.Value, format, language));
            return ExitCodes.Done;
        });
    }

    /// <summary>The fields every one of these reports' JSON objects starts with: the book, the account and its name.</summary>
    protected static void WriteHead(Utf8JsonWriter writer, BookRef book, string code, string name)
    {
        writer.WriteStartObject();
        writer.WriteString("book", book.ToString());
        writer.WriteString("account", code);
        writer.WriteString("name", name);
    }

    /// <summary>A row's name on a page: the lines that name no counterparty or project are 未指定.</summary>
    protected static string Shown(string name, Language language) => name.Length == 0 ? new Text("未指定", "(none)").In(language) : name;
}
