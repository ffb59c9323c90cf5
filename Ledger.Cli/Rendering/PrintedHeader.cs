using Ledger.Core.Print;

namespace Ledger.Cli.Rendering;

/// <summary>
/// A printed table's captions as two header rows: a caption "期初余额/借方" sits under a group caption shared by its
/// neighbours; a caption without "/" spans both rows. Tables without groups have one header row.
/// </summary>
internal sealed record PrintedHeader(IReadOnlyList<PrintedHeader.Group> Groups, IReadOnlyList<string> Leaves)
{
    /// <param name="Caption">The group's caption, or the column's own caption when it spans both rows.</param>
    /// <param name="First">The index of its first column.</param>
    /// <param name="Span">How many columns it covers; 1 with <paramref name="IsLeaf"/> for a caption without a group.</param>
    /// <param name="IsLeaf">True when this is a column of its own that spans both header rows.</param>
    public sealed record Group(string Caption, int First, int Span, bool IsLeaf);

    public bool HasGroups => Groups.Any(g => !g.IsLeaf);

    public static PrintedHeader Of(IReadOnlyList<PrintedColumn> columns)
    {
        var groups = new List<Group>();
        var leaves = new List<string>();
        for (var i = 0; i < columns.Count; i++)
        {
            var parts = columns[i].Header.Split('/', 2);
            leaves.Add(parts[^1]);
            if (parts.Length == 1)
            {
                groups.Add(new Group(parts[0], i, 1, IsLeaf: true));
            }
            else if (groups.Count > 0 && !groups[^1].IsLeaf && groups[^1].Caption == parts[0])
            {
                groups[^1] = groups[^1] with { Span = groups[^1].Span + 1 };
            }
            else
            {
                groups.Add(new Group(parts[0], i, 1, IsLeaf: false));
            }
        }
        return new PrintedHeader(groups, leaves);
    }
}
