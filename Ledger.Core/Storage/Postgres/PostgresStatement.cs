using System.Data;
using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace Ledger.Core.Storage.Postgres;

/// <summary>
/// <see cref="RawStatement"/> on PostgreSQL: one command whose positional parameters are PostgreSQL's <c>$1</c>,
/// <c>$2</c>, …, which the shared texts write as SQLite's <c>?1</c>, <c>?2</c>. The server prepares it once it has
/// run twice (the data source's automatic preparation).
/// </summary>
/// <remarks>
/// A PostgreSQL connection reads one result at a time, where SQLite steps any number of statements side by side and
/// the stores interleave reading and writing. A query's rows are therefore read whole on the first step, and the
/// connection is free again before the caller sees the first row.
/// </remarks>
internal sealed partial class PostgresStatement : RawStatement
{
    private readonly NpgsqlCommand _command;
    private List<object?[]>? _rows;
    private int _row = -1;

    public PostgresStatement(NpgsqlConnection connection, string sql)
    {
        var text = Placeholder().Replace(sql, "$$$1");
        _command = new NpgsqlCommand(text, connection);
        var count = Placeholder().Matches(sql).Select(m => int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
        for (var i = 0; i < count; i++)
        {
            _command.Parameters.Add(new NpgsqlParameter { Value = DBNull.Value });
        }
    }

    /// <summary>Only the question mark followed by digits is a placeholder: no shared text has one inside a literal.</summary>
    [GeneratedRegex(@"\?(\d+)")]
    private static partial Regex Placeholder();

    public override RawStatement Reset()
    {
        _rows = null;
        _row = -1;
        return this;
    }

    public override RawStatement Set(int position, long value)
    {
        var parameter = _command.Parameters[position - 1];
        parameter.NpgsqlDbType = NpgsqlDbType.Bigint;
        parameter.Value = value;
        return this;
    }

    public override RawStatement Set(int position, string? value)
    {
        var parameter = _command.Parameters[position - 1];
        parameter.NpgsqlDbType = NpgsqlDbType.Text;
        parameter.Value = value is null ? DBNull.Value : value;
        return this;
    }

    public override RawStatement Set(int position, long? value)
    {
        var parameter = _command.Parameters[position - 1];
        parameter.NpgsqlDbType = NpgsqlDbType.Bigint;
        parameter.Value = value is { } number ? number : DBNull.Value;
        return this;
    }

    /// <summary>A NULL of no stated type, which the server types from where the statement uses it.</summary>
    private RawStatement SetNull(int position)
    {
        var parameter = _command.Parameters[position - 1];
        parameter.ResetDbType();
        parameter.Value = DBNull.Value;
        return this;
    }

    public override RawStatement Bind(params ReadOnlySpan<object?> values)
    {
        Reset();
        for (var i = 0; i < values.Length; i++)
        {
            _ = values[i] switch
            {
                null => SetNull(i + 1),
                long number => Set(i + 1, number),
                int number => Set(i + 1, (long)number),
                string text => Set(i + 1, text),
                var other => throw new ArgumentException($"Cannot bind a {other.GetType().Name}.", nameof(values)),
            };
        }
        return this;
    }

    public override void Execute() => _command.ExecuteNonQuery();

    public override long? ScalarInt64()
    {
        var value = _command.ExecuteScalar();
        return value is null or DBNull ? null : ToInt64(value);
    }

    public override bool Step()
    {
        if (_rows is null)
        {
            _rows = [];
            using var reader = _command.ExecuteReader(CommandBehavior.Default);
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }
                _rows.Add(row);
            }
            _row = -1;
        }
        return ++_row < _rows.Count;
    }

    public override long Int64(int column) => Int64OrNull(column) ?? 0;

    public override long? Int64OrNull(int column) => _rows![_row][column] is { } value ? ToInt64(value) : null;

    public override string Text(int column) => TextOrNull(column) ?? "";

    public override string? TextOrNull(int column) => _rows![_row][column] switch
    {
        null => null,
        string text => text,
        var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
    };

    public override void Dispose() => _command.Dispose();

    /// <summary>
    /// A number as the stores read it: PostgreSQL's sum of bigints is numeric, which must be whole and fit; anything
    /// else is a bug in the query.
    /// </summary>
    internal static long ToInt64(object value) => value switch
    {
        long number => number,
        int number => number,
        short number => number,
        decimal number when decimal.Truncate(number) == number => checked((long)number),
        bool flag => flag ? 1 : 0,
        string text => long.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException($"A {value.GetType().Name} ({value}) is not a whole number."),
    };
}
