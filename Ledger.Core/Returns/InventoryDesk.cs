using Ledger.Core.Books;
using Ledger.Core.Import;
using Ledger.Core.Periods;
using Ledger.Core.Reports;
using Ledger.Core.Storage;
using Ledger.Core.Users;

namespace Ledger.Core.Returns;

/// <summary>
/// The yearly asset inventory (年度资产清查): each collective's balance sheet at 31 December as 农清明细19-1, with the
/// book value of every line (账面数) and the value the township verified (核实数), which it records line by line and
/// which is kept; a line it did not verify shows its book value. Lines computed from others (合计, 净值) are computed
/// from the verified lines the same way, so that the verified side balances as the book side does.
/// </summary>
public sealed class InventoryDesk(LedgerSession session)
{
    /// <summary>The form of the collectives of the villages named (one village: its own form; several or all: their 汇总).</summary>
    public Result<InventoryForm> Form(int year, IReadOnlyList<VillageCode>? villages = null) => session.Store.Read(tx =>
    {
        var books = SummaryBooks.Of(tx, BookKind.Collective, villages);
        if (books.IsRefused)
        {
            return Result<InventoryForm>.Refused(books.Refusals);
        }
        var definition = StatementDefinition.Load(StatementDefinition.BalanceSheetSeed);
        var book = new Dictionary<string, long>();
        var verified = new Dictionary<string, long>();
        var set = new HashSet<string>();
        foreach (var bookRef in books.Value)
        {
            // The book side is the balance sheet itself, which refuses a book that does not balance (181 not cleared).
            var sheet = StatementReport.BalanceSheetIn(tx, bookRef, Period.OfMonth(new Month(year, 12)));
            if (sheet.IsRefused)
            {
                return Result<InventoryForm>.Refused(sheet.Refusals);
            }
            var stored = InventoryStore.Current(tx, VillageStore.FindBookId(tx, bookRef)!.Value, year);
            set.UnionWith(stored.Keys);
            var checkedOwn = new Dictionary<string, long>();
            foreach (var line in definition.Lines)
            {
                var own = sheet.Value.Value(line.Key).Fen;
                checkedOwn[line.Key] = IsComputed(line)
                    ? line.Sign * StatementFormula.Evaluate(line.Formula, NoAccounts, key => checkedOwn[key])
                    : stored.TryGetValue(line.Key, out var value) ? value : own;
                book[line.Key] = book.GetValueOrDefault(line.Key) + own;
                verified[line.Key] = verified.GetValueOrDefault(line.Key) + checkedOwn[line.Key];
            }
        }
        var lines = definition.Lines.Select(l => new InventoryLine(l.Key, l.Name, l.Row, l.IsTotal || IsComputed(l),
            Money.FromFen(book[l.Key]), Money.FromFen(verified[l.Key]), set.Contains(l.Key))).ToList();
        return Result<InventoryForm>.Ok(new InventoryForm(TownshipStore.Get(tx)?.Name ?? "", year, books.Value, lines));
    });

    /// <summary>
    /// Records the verified values of a file (村编码,行次,核实数): all of them or, if any row is wrong, none, every problem
    /// named by row and column. Only lines taken from the accounts are verified; a line computed from others is refused.
    /// </summary>
    public Result<int> ImportVerified(string path, Stream content, int year)
    {
        if (session.Check(LedgerAction.VerifyInventory) is { } denied)
        {
            return denied;
        }
        var file = Path.GetFileName(path);
        var rows = InventorySheet.Read(file, content);
        if (rows.IsRefused)
        {
            return Result<int>.Refused(rows.Refusals);
        }
        var lines = StatementDefinition.Load(StatementDefinition.BalanceSheetSeed).Lines.Where(l => l.Row is not null).ToDictionary(l => l.Row!.Value);
        var actor = session.RequireActor();
        return session.Store.Write(tx =>
        {
            var problems = rows.Value.GroupBy(r => (r.Village, r.FormRow)).Where(g => g.Count() > 1)
                .Select(g => Refusal.Of("inventory.repeated", $"{file}:{g.Skip(1).First().Number}: 行次: 村 {g.Key.Village} 第 {g.Key.FormRow} 行已在第 {g.First().Number} 行填过",
                    $"{file}:{g.Skip(1).First().Number}: 行次: village {g.Key.Village} line {g.Key.FormRow} was already given on row {g.First().Number}"))
                .ToList();
            var accepted = new List<(long BookId, string Key, Money Amount)>();
            foreach (var row in rows.Value)
            {
                var bookId = VillageStore.FindBookId(tx, new BookRef(row.Village, BookKind.Collective));
                if (bookId is null)
                {
                    problems.Add(Refusal.Of("village.unknown", $"{file}:{row.Number}: 村编码: 没有村 {row.Village}", $"{file}:{row.Number}: 村编码: there is no village {row.Village}"));
                }
                else if (!lines.TryGetValue(row.FormRow, out var line))
                {
                    problems.Add(Refusal.Of("inventory.row", $"{file}:{row.Number}: 行次: 资产负债表没有第 {row.FormRow} 行", $"{file}:{row.Number}: 行次: the balance sheet has no line {row.FormRow}"));
                }
                else if (line.IsTotal || IsComputed(line))
                {
                    problems.Add(Refusal.Of("inventory.computed", $"{file}:{row.Number}: 行次: 第 {row.FormRow} 行 {line.Name} 由其他行计算，不填核实数",
                        $"{file}:{row.Number}: 行次: line {row.FormRow} {line.Name} is computed from other lines and takes no verified value"));
                }
                else
                {
                    accepted.Add((bookId.Value, line.Key, row.Verified));
                }
            }
            if (problems.Count > 0)
            {
                return Result<int>.Refused(problems);
            }
            foreach (var (bookId, key, amount) in accepted)
            {
                InventoryStore.Insert(tx, bookId, year, key, amount.Fen, actor.Id, session.NowUtc);
            }
            return Result<int>.Ok(accepted.Count);
        });
    }

    /// <summary>A line computed from other lines (净值, 小计, 合计) rather than read from the accounts.</summary>
    private static bool IsComputed(StatementDefinition.Line line) => !line.Formula.Contains('(', StringComparison.Ordinal);

    private static long NoAccounts(string name, string prefix) =>
        throw new LedgerInvariantException($"A computed balance-sheet line reads {name}({prefix}) from the accounts.");
}
