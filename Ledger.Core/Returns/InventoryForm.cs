using Ledger.Core.Books;

namespace Ledger.Core.Returns;

/// <summary>
/// 农清明细19-1 资产负债表（组织类） of the yearly asset inventory (年度资产清查, due by 31 March): one collective's
/// balance sheet at 31 December with 账面数 and 核实数, or their 汇总 over the villages.
/// </summary>
public sealed record InventoryForm(string Township, int Year, IReadOnlyList<BookRef> Books, IReadOnlyList<InventoryLine> Lines)
{
    public const string FormNumber = "农清明细19-1";

    public const string Title = "资产负债表（组织类）";

    public int VillageCount => Books.Count;
}
