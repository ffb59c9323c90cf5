using Dapper;
using Ledger.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Ledger.Tests.Storage;

// About SQLite's json_each; PostgreSQL's counterpart is the schema's json_each(text), used by every store test there.
[Category("SqliteFile")]
public sealed class JsonRowsTests
{
    [Test]
    public void Numbers_come_back_from_json_each_in_order()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();

        var values = connection.Query<long>("SELECT value FROM json_each(@json) ORDER BY key", new { json = JsonRows.Of([3L, 1L, 4_000_000_000L]) });

        Assert.That(values, Is.EqualTo(new[] { 3L, 1L, 4_000_000_000L }));
    }

    [Test]
    public void Pairs_come_back_from_json_each_in_order()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();

        var pairs = connection.Query<(long, long)>("SELECT value ->> 0, value ->> 1 FROM json_each(@json) ORDER BY key",
            new { json = JsonRows.Of([(7L, 1L), (5L, 2L)]) });

        Assert.That(pairs, Is.EqualTo(new[] { (7L, 1L), (5L, 2L) }));
    }

    [Test]
    public void Nothing_is_an_empty_array() => Assert.That(JsonRows.Of(Array.Empty<long>()), Is.EqualTo("[]"));
}
