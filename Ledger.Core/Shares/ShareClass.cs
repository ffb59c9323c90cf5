namespace Ledger.Core.Shares;

/// <summary>A class of share in the charter (人口股, 农龄股, 集体股 …) and what its unit counts for.</summary>
public sealed record ShareClass(string Name, ShareWeight Weight);
