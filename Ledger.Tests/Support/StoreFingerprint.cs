using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Ledger.Tests.Support;

/// <summary>Every row of every table of a store, as text: equal before and after means nothing changed.</summary>
public static class StoreFingerprint
{
    /// <param name="exceptTable">A table the command under test is meant to add to, such as the log of refusals.</param>
    public static string Of(string store, string exceptTable = "")
    {
        using var connection = new SqliteConnection($"Data Source={store};Pooling=False");
        connection.Open();
        var text = new StringBuilder();
        var tables = connection.Query<string>(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> @exceptTable ORDER BY name", new { exceptTable });
        foreach (var table in tables)
        {
            text.Append('#').Append(table).Append('\n');
            // Table names come from sqlite_master itself, quoted; a test reading the whole file has no parameters to
            // bind. A table scan returns unchanged rows in the same order.
            foreach (IDictionary<string, object?> row in connection.Query($"SELECT * FROM \"{table}\""))
            {
                text.AppendJoin('|', row.Select(c => $"{c.Key}={c.Value}")).Append('\n');
            }
        }
        return text.ToString();
    }
}
