using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Ledger.Core;
using Spectre.Console;

namespace Ledger.Cli.Rendering;

/// <summary>
/// Writes listings as a table, JSON or CSV. JSON and CSV carry amounts as decimal strings with two places; JSON
/// keeps Chinese readable; a CSV file written with --out starts with a BOM so that Excel reads it as UTF-8.
/// </summary>
internal static class Output
{
    public static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        // The relaxed encoder leaves Chinese as it is instead of writing \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Listing<T>(TextWriter target, OutputFormat format, Language language, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        switch (format)
        {
            case OutputFormat.Table:
                Table(target, language, columns, rows);
                break;
            case OutputFormat.Json:
                Json(target, writer =>
                {
                    writer.WriteStartArray();
                    foreach (var row in rows)
                    {
                        JsonObject(writer, columns, row);
                    }
                    writer.WriteEndArray();
                });
                break;
            case OutputFormat.Csv or OutputFormat.Xlsx:
                Csv(target, language, columns, rows);
                break;
            case OutputFormat.Html:
                Html(target, language, columns, rows);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    public static void Json(TextWriter target, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            write(writer);
        }
        target.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    public static void JsonObject<T>(Utf8JsonWriter writer, IReadOnlyList<Column<T>> columns, T row)
    {
        writer.WriteStartObject();
        foreach (var column in columns)
        {
            writer.WritePropertyName(column.Key);
            JsonValue(writer, column.Value(row));
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes the rows as a named array of objects, one property per column.</summary>
    public static void JsonArray<T>(Utf8JsonWriter writer, string name, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        writer.WriteStartArray(name);
        foreach (var row in rows)
        {
            JsonObject(writer, columns, row);
        }
        writer.WriteEndArray();
    }

    /// <summary>Writes each key and value as a property of the object being written.</summary>
    public static void JsonFields(Utf8JsonWriter writer, IEnumerable<(string Key, object? Value)> fields)
    {
        foreach (var (key, value) in fields)
        {
            writer.WritePropertyName(key);
            JsonValue(writer, value);
        }
    }

    public static void JsonValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case Money money:
                writer.WriteStringValue(money.ToString());
                break;
            case Ledger.Core.Returns.WanYuan figure:
                writer.WriteStringValue(figure.ToString());
                break;
            case Ledger.Core.Text text:
                writer.WriteStringValue(text.En);
                break;
            case Shown shown:
                writer.WriteStringValue(shown.Key);
                break;
            case DateTimeOffset instant:
                writer.WriteStringValue(instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>A value as text for people: a <see cref="Ledger.Core.Text"/> in their language (JSON keeps its English code).</summary>
    public static string Plain(object? value, Language language) => value switch
    {
        null => "",
        Money money => money.ToString(),
        Ledger.Core.Text text => text.In(language),
        Shown shown => shown.Label.In(language),
        bool flag => new Ledger.Core.Text(flag ? "是" : "否", flag ? "yes" : "no").In(language),
        DateTimeOffset instant => instant.ToOffset(LedgerSession.TownshipOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>
    /// Rows a table shows at most. A terminal table is for reading, and Spectre lays every row out in memory before
    /// it prints the first: a year's 100,000 pending vouchers took 15 s and 750 MiB. CSV and JSON list every row.
    /// </summary>
    public const int TableRowsMax = 1000;

    private static void Table<T>(TextWriter target, Language language, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        var rowsLeftOut = 0;
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column.Label.In(language))));
        }
        var amountColumns = new HashSet<int>();
        foreach (var row in rows)
        {
            if (table.Rows.Count == TableRowsMax)
            {
                rowsLeftOut++;
                continue;
            }
            var cells = new List<string>();
            for (var i = 0; i < columns.Count; i++)
            {
                var value = columns[i].Value(row);
                if (value is Money money)
                {
                    amountColumns.Add(i);
                    cells.Add(money.IsZero ? "" : money.ToDisplayString());
                }
                else
                {
                    cells.Add(Markup.Escape(Plain(value, language)));
                }
            }
            table.AddRow(cells.ToArray());
        }
        foreach (var index in amountColumns)
        {
            table.Columns[index].RightAligned();
        }
        Console(target).Write(table);
        if (rowsLeftOut > 0)
        {
            var more = rowsLeftOut.ToString("N0", CultureInfo.InvariantCulture);
            target.WriteLine(new Ledger.Core.Text(
                $"另有 {more} 行未列出：--format csv 或 --format json 列出全部",
                $"{more} more rows not shown: --format csv or --format json lists them all").In(language));
        }
    }

    /// <summary>A plain printable page with the listing as one table; every value HTML-encoded.</summary>
    private static void Html<T>(TextWriter target, Language language, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        target.Write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><style>table{border-collapse:collapse}th,td{border:1px solid #444;padding:2px 6px}td.n{text-align:right}</style></head><body><table><tr>");
        foreach (var column in columns)
        {
            target.Write($"<th>{System.Net.WebUtility.HtmlEncode(column.Label.In(language))}</th>");
        }
        target.Write("</tr>");
        foreach (var row in rows)
        {
            target.Write("<tr>");
            foreach (var column in columns)
            {
                var value = column.Value(row);
                target.Write(value is Money money ? $"<td class=\"n\">{money.ToDisplayString()}</td>" : $"<td>{System.Net.WebUtility.HtmlEncode(Plain(value, language))}</td>");
            }
            target.Write("</tr>");
        }
        target.WriteLine("</table></body></html>");
    }

    private static void Csv<T>(TextWriter target, Language language, IReadOnlyList<Column<T>> columns, IEnumerable<T> rows)
    {
        // Text a spreadsheet would run as a formula (=, +, -, @ first) is escaped; amounts are written as numbers,
        // which cannot be formulas, so a negative amount stays a number.
        using var csv = CsvWriter.Create(target, new CsvWriterOptions { Separator = ',', NewLine = "\r\n", Injection = CsvInjection.Escape }, leaveOpen: true);
        csv.WriteRecord(columns.Select(c => c.Label.In(language)).ToArray());
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                switch (column.Value(row))
                {
                    case Money money:
                        csv.WriteField((decimal)money.Fen / Money.FenPerYuan, "0.00");
                        break;
                    case Ledger.Core.Returns.WanYuan figure:
                        csv.WriteField(figure.Hundredths / 100m, "0.00");
                        break;
                    case var other:
                        csv.WriteField(Plain(other, language));
                        break;
                }
            }
            csv.EndRecord();
        }
        csv.Flush();
    }

    /// <summary>A Spectre console over the target writer: no colours, and wide enough that tables do not wrap.</summary>
    public static IAnsiConsole Console(TextWriter target)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(target),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 220;
        return console;
    }
}
