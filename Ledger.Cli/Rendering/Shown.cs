using Ledger.Core;

namespace Ledger.Cli.Rendering;

/// <summary>
/// A coded value as people and programs each read it: JSON carries its key (<c>posted</c>, <c>clerk</c>), a table
/// or a CSV its label in the reader's language (已记账, 报账员).
/// </summary>
internal sealed record Shown(string Key, Text Label);
