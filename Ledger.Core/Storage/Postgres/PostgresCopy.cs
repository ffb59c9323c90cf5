using Npgsql;
using NpgsqlTypes;

namespace Ledger.Core.Storage.Postgres;

/// <summary>
/// Rows for one table gathered as an insert statement would be run, and sent to PostgreSQL in one binary COPY when
/// <see cref="RawStatement.SendPending"/> is called: an import stages tens of thousands of vouchers and their lines,
/// and one COPY per chunk costs a fraction of one round trip per row.
/// </summary>
internal sealed class PostgresCopy : RawStatement
{
    private readonly NpgsqlConnection _connection;
    private readonly string _copy;
    private readonly NpgsqlDbType[] _types;
    private readonly List<object?[]> _rows = [];
    private object?[] _row;

    /// <param name="table">The table, as written in our own statements; never input.</param>
    public PostgresCopy(NpgsqlConnection connection, string table, IReadOnlyList<(string Column, NpgsqlDbType Type)> columns)
    {
        _connection = connection;
        _copy = $"COPY {table} ({string.Join(", ", columns.Select(c => c.Column))}) FROM STDIN (FORMAT BINARY)";
        _types = columns.Select(c => c.Type).ToArray();
        _row = new object?[_types.Length];
    }

    public override RawStatement Reset()
    {
        _row = new object?[_types.Length];
        return this;
    }

    public override RawStatement Set(int position, long value)
    {
        _row[position - 1] = value;
        return this;
    }

    public override RawStatement Set(int position, string? value)
    {
        _row[position - 1] = value;
        return this;
    }

    public override RawStatement Set(int position, long? value)
    {
        _row[position - 1] = value;
        return this;
    }

    public override RawStatement Bind(params ReadOnlySpan<object?> values)
    {
        Reset();
        values.ToArray().CopyTo(_row, 0);
        return this;
    }

    /// <summary>Keeps the row set so far for the next COPY.</summary>
    public override void Execute() => _rows.Add(_row);

    public override void SendPending()
    {
        if (_rows.Count == 0)
        {
            return;
        }
        using (var writer = _connection.BeginBinaryImport(_copy))
        {
            foreach (var row in _rows)
            {
                writer.StartRow();
                for (var i = 0; i < row.Length; i++)
                {
                    // Binary COPY takes each value in its column's exact type.
                    switch (row[i], _types[i])
                    {
                        case (null, _):
                            writer.WriteNull();
                            break;
                        case (long number, var type):
                            writer.Write(number, type);
                            break;
                        case (int number, var type):
                            writer.Write((long)number, type);
                            break;
                        case (string text, var type):
                            writer.Write(text, type);
                            break;
                        case var (other, _):
                            throw new ArgumentException($"Cannot copy a {other!.GetType().Name}.");
                    }
                }
            }
            writer.Complete();
        }
        _rows.Clear();
    }

    public override long? ScalarInt64() => throw new InvalidOperationException("A COPY returns no rows.");

    public override bool Step() => throw new InvalidOperationException("A COPY returns no rows.");

    public override long Int64(int column) => throw new InvalidOperationException("A COPY returns no rows.");

    public override long? Int64OrNull(int column) => throw new InvalidOperationException("A COPY returns no rows.");

    public override string Text(int column) => throw new InvalidOperationException("A COPY returns no rows.");

    public override string? TextOrNull(int column) => throw new InvalidOperationException("A COPY returns no rows.");

    public override void Dispose() => _rows.Clear();
}
