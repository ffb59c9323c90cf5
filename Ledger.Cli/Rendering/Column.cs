using Ledger.Core;

namespace Ledger.Cli.Rendering;

/// <summary>One column of a listing: its JSON key, its label in each language, and how to read it off a row.</summary>
/// <param name="Value">A string, a whole number, a <see cref="Money"/>, or null.</param>
internal sealed record Column<T>(string Key, Text Label, Func<T, object?> Value);
