using CsvHelper;
using Ledger.Core.Accounts;
using Ledger.Core.Import;
using Ledger.Core.Storage;
using Ledger.Core.Users;

namespace Ledger.Core.Books;

/// <summary>Adds villages, each with exactly its two books and a copy of the standard chart in each.</summary>
public sealed class VillageDesk(LedgerSession session)
{
    public Result<Village> Add(string code, string name)
    {
        var village = Parse(code, name);
        if (village.IsRefused)
        {
            return village;
        }
        if (session.Check(LedgerAction.ManageVillages) is { } denied)
        {
            return denied;
        }
        return session.Store.Write(tx =>
        {
            if (VillageStore.Find(tx, village.Value.Code) is not null)
            {
                return Result<Village>.Refused(Refusal.Of("village.exists", $"村 {code} 已存在", $"village {code} already exists"));
            }
            Insert(tx, village.Value, session.RequireActor().Id, session.NowUtc);
            return village;
        });
    }

    /// <summary>
    /// Adds every village of a CSV file (columns 村编码, 村名称) in one database transaction: all of them, or,
    /// if any row is wrong, none, with every problem named by file and row.
    /// </summary>
    public Result<IReadOnlyList<Village>> Import(string path, byte[] content)
    {
        if (session.Check(LedgerAction.ManageVillages) is { } denied)
        {
            return denied;
        }
        var file = Path.GetFileName(path);
        var parsed = ReadFile(file, content);
        if (parsed.IsRefused)
        {
            return Result<IReadOnlyList<Village>>.Refused(parsed.Refusals);
        }
        return session.Store.Write(tx =>
        {
            var problems = parsed.Value
                .Where(r => VillageStore.Find(tx, r.Village.Code) is not null)
                .Select(r => Refusal.Of("village.exists", $"{file}:{r.Row}: 村编码: 村 {r.Village.Code} 已存在", $"{file}:{r.Row}: 村编码: village {r.Village.Code} already exists"))
                .ToList();
            if (problems.Count > 0)
            {
                return Result<IReadOnlyList<Village>>.Refused(problems);
            }
            foreach (var row in parsed.Value)
            {
                Insert(tx, row.Village, session.RequireActor().Id, session.NowUtc);
            }
            return Result<IReadOnlyList<Village>>.Ok(parsed.Value.Select(r => r.Village).ToList());
        });
    }

    public IReadOnlyList<Village> List() => session.Store.Read(tx =>
        VillageStore.List(tx).Select(r => new Village(VillageCode.FromStore(r.Code), r.Name)).ToList());

    private static void Insert(UnitOfWork tx, Village village, long createdBy, DateTimeOffset nowUtc)
    {
        var (committee, collective) = VillageStore.Insert(tx, village, createdBy, nowUtc);
        foreach (var (bookId, kind) in new[] { (committee, BookKind.Committee), (collective, BookKind.Collective) })
        {
            foreach (var account in StandardChart.LevelOne)
            {
                AccountStore.Insert(tx, bookId, null, account);
            }
            foreach (var (code, name) in StandardChart.SubAccounts)
            {
                var added = ChartDesk.Add(tx, new BookRef(village.Code, kind), code, name);
                Invariant.That(!added.IsRefused, $"The seeded sub-account {code} does not fit a new book's chart.");
            }
        }
    }

    private static Result<Village> Parse(string code, string name)
    {
        var villageCode = VillageCode.Parse(code);
        if (villageCode.IsRefused)
        {
            return Result<Village>.Refused(villageCode.Refusals);
        }
        var trimmed = name.Trim();
        if (trimmed.Length is 0 or > Limits.NameLengthMax)
        {
            return Refusal.Of("village.name", $"村名称“{name}”无效", $"village name '{name}' is invalid");
        }
        return Result<Village>.Ok(new Village(villageCode.Value, trimmed));
    }

    private static Result<List<(int Row, Village Village)>> ReadFile(string file, byte[] content)
    {
        using var reader = CsvReader.FromText(TextDecoding.Decode(content), new CsvReaderOptions { Separator = ',' });
        reader.ReadHeader();
        if (!reader.TryGetFieldIndex("村编码", out var codeColumn) | !reader.TryGetFieldIndex("村名称", out var nameColumn))
        {
            return Result<List<(int, Village)>>.Refused(Refusal.Of("import.header",
                $"{file}:1: 表头: 需要列 村编码, 村名称", $"{file}:1: header: the columns 村编码 and 村名称 are required"));
        }
        var rows = new List<(int, Village)>();
        var problems = new List<Refusal>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var row = 1;
        while (reader.Read())
        {
            row++;
            var code = reader.GetString(codeColumn);
            var name = reader.GetString(nameColumn);
            if (code.Trim().Length == 0 && name.Trim().Length == 0)
            {
                continue;
            }
            var village = Parse(code, name);
            if (village.IsRefused)
            {
                var column = VillageCode.Parse(code).IsRefused ? "村编码" : "村名称";
                problems.AddRange(village.Refusals.Select(r => Refusal.Of(r.Code, $"{file}:{row}: {column}: {r.Message.Zh}", $"{file}:{row}: {column}: {r.Message.En}")));
                continue;
            }
            if (!seen.Add(village.Value.Code.Value))
            {
                problems.Add(Refusal.Of("village.duplicate", $"{file}:{row}: 村编码: {code} 在文件中重复", $"{file}:{row}: 村编码: {code} appears twice in the file"));
                continue;
            }
            rows.Add((row, village.Value));
        }
        return problems.Count > 0 ? Result<List<(int, Village)>>.Refused(problems) : Result<List<(int, Village)>>.Ok(rows);
    }
}
