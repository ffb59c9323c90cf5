using System.Text;
using Dapper;

namespace Ledger.Tests.Support;

/// <summary>Every row of every table of a store, as text: equal before and after means nothing changed.</summary>
public static class StoreFingerprint
{
    /// <param name="exceptTable">A table the command under test is meant to add to, such as the log of refusals.</param>
    public static string Of(string store, string exceptTable = "")
    {
        using var connection = StoreConnection.Open(store);
        var text = new StringBuilder();
        var tables = connection.Query<string>(connection.IsPostgres()
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> @exceptTable ORDER BY table_name COLLATE \"C\""
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> @exceptTable ORDER BY name", new { exceptTable });
        foreach (var table in tables)
        {
            text.Append('#').Append(table).Append('\n');
            // Table names come from the store's own catalog, quoted; a test reading the whole store has no parameters
            // to bind. Rows are taken in the order of every column, since PostgreSQL keeps no order a scan returns.
            foreach (IDictionary<string, object?> row in connection.Query($"SELECT * FROM \"{table}\" ORDER BY {OrderOfEveryColumn(connection, table)}"))
            {
                text.AppendJoin('|', row.Select(c => $"{c.Key}={c.Value}")).Append('\n');
            }
        }
        return text.ToString();
    }

    private static string OrderOfEveryColumn(System.Data.Common.DbConnection connection, string table)
    {
        var count = connection.IsPostgres()
            ? connection.ExecuteScalar<int>("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table", new { table })
            : connection.ExecuteScalar<int>("SELECT count(*) FROM pragma_table_info(@table)", new { table });
        return string.Join(", ", Enumerable.Range(1, count));
    }
}
