using System.Globalization;
using System.Text.RegularExpressions;

namespace Ledger.Core.Storage;

/// <summary>
/// The migrations a store's schema is made of, embedded in the assembly as <c>NNNN_name.sql</c> under one prefix per
/// store: <c>migrations/</c> for SQLite, <c>postgres-migrations/</c> for PostgreSQL.
/// </summary>
internal static class EmbeddedMigrations
{
    public static IEnumerable<(int Version, string Sql)> Under(string prefix)
    {
        var assembly = typeof(EmbeddedMigrations).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var version = int.Parse(name.AsSpan(prefix.Length, 4), CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Embedded migration {name} is missing.");
            using var reader = new StreamReader(stream);
            yield return (version, reader.ReadToEnd());
        }
    }

    /// <summary>
    /// The triggers the migrations under <paramref name="prefix"/> leave in place: a later migration may drop a trigger
    /// and create its successor, under the same name or another.
    /// </summary>
    public static IReadOnlyList<string> Triggers(string prefix)
    {
        var expected = new List<string>();
        foreach (var (_, sql) in Under(prefix).OrderBy(m => m.Version))
        {
            foreach (Match statement in Regex.Matches(sql, @"(CREATE|DROP) TRIGGER (\w+)"))
            {
                var name = statement.Groups[2].Value;
                expected.Remove(name);
                if (statement.Groups[1].Value == "CREATE")
                {
                    expected.Add(name);
                }
            }
        }
        return expected;
    }
}
