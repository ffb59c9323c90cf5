using System.ComponentModel;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Periods;
using Ledger.Core.Reports;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Reports;

/// <summary>Prints a statement as a table with its columns, as JSON, or as CSV.</summary>
internal abstract class StatementCommand(CliContext context) : LedgerCommand<StatementSettings>(context)
{
    private static readonly Dictionary<string, Text> ColumnLabels = new()
    {
        ["closing"] = new Text("期末余额", "closing"),
        ["year_opening"] = new Text("年初余额", "start of year"),
        ["year"] = new Text("本年金额", "this year"),
    };

    protected abstract Result<Statement> Build(LedgerSession session, Ledger.Core.Books.BookRef book, Period period);

    /// <summary>The statement in its statutory form, which --out x.html and --out x.xlsx write.</summary>
    protected abstract Result<Ledger.Core.Print.PrintedTable> Printed(LedgerSession session, Ledger.Core.Books.BookRef book, Period period);

    protected override int Run(StatementSettings settings)
    {
        var book = RequiredBook(settings.Book);
        var period = RequiredPeriod(settings.Period ?? settings.Year);
        return WithSession(settings, session =>
        {
            var result = Build(session, book, period);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            if (PrintedTableFile.Takes(settings.Out))
            {
                var printed = Printed(session, book, period);
                if (printed.IsRefused)
                {
                    return Refused(printed, settings);
                }
                PrintedTableFile.Write(Context.ResolvePath(settings.Out!), printed.Value);
                return ExitCodes.Done;
            }
            Emit(settings, target => Write(target, settings, result.Value));
            return ExitCodes.Done;
        });
    }

    /// <summary>A statement's listing columns: its line key and name, then each amount column.</summary>
    internal static List<Column<StatementRow>> Columns(IReadOnlyList<string> amountColumns)
    {
        var columns = new List<Column<StatementRow>>
        {
            new("key", new Text("行", "line"), r => r.Key),
            new("name", new Text("项目", "item"), r => r.Name),
        };
        columns.AddRange(amountColumns.Select((key, index) => new Column<StatementRow>(key, ColumnLabels[key], r => r.Values[index])));
        return columns;
    }

    private void Write(TextWriter target, StatementSettings settings, Statement statement)
    {
        var language = LanguageOf(settings);
        var columns = Columns(statement.Columns);
        if (FormatOf(settings) == OutputFormat.Json)
        {
            Output.Json(target, writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("book", statement.Book.ToString());
                writer.WriteString("period", statement.Period.Name);
                writer.WriteString("title", statement.Title);
                Output.JsonArray(writer, "rows", columns, statement.Rows);
                writer.WriteEndObject();
            });
            return;
        }
        if (FormatOf(settings) == OutputFormat.Table)
        {
            target.WriteLine($"{(language == Language.Zh ? statement.Title : statement.TitleEn)}  {statement.Book}  {statement.Period}");
        }
        Output.Listing(target, FormatOf(settings), language, columns, statement.Rows);
    }
}
