using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ledger.Core.Books;
using Ledger.Core.Periods;

namespace Ledger.Core.Reports;

/// <summary>
/// The villagers' transparency board (财务公开榜) of one book for a closed month or quarter: every income and
/// spending item line by line, totals by category with the budget, money at the start and end. Its fingerprint is
/// the SHA-256 of the posted data it shows, so anyone can check a printed board against the books.
/// </summary>
/// <param name="ChainHead">The head of the book's hash chain when the board was made: "sequence:hash".</param>
/// <param name="Projects">
/// Per project of 241 专项应付款 and 231 一事一议资金, what it received, spent and has left, so that villagers see each
/// earmarked fund on its own (empty when the book keeps none).
/// </param>
public sealed record TransparencyBoard(
    BookRef Book, string VillageName, string Township, Period Period,
    Money OpeningMoney, Money ClosingMoney, Money ClosingCash, Money ClosingBank,
    IReadOnlyList<BoardItem> Income, IReadOnlyList<BoardItem> Spending,
    IReadOnlyList<BoardCategory> Categories, IReadOnlyList<BoardMonth> Months, string ChainHead,
    IReadOnlyList<BoardProject> Projects)
{
    public Money IncomeTotal => Money.Sum(Income.Select(i => i.Amount));

    public Money SpendingTotal => Money.Sum(Spending.Select(i => i.Amount));

    /// <summary>SHA-256, in hex, of a canonical text of everything the board shows from the books.</summary>
    public string Fingerprint
    {
        get
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{Book}|{Period.Name}|{OpeningMoney}|{ClosingMoney}|{ClosingCash}|{ClosingBank}\n");
            foreach (var (kind, items) in new[] { ("income", Income), ("spending", Spending) })
            {
                foreach (var item in items)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{kind}|{item.Date:yyyy-MM-dd}|{item.Number}|{item.Summary}|{item.Account}|{item.Counterparty}|{item.Amount}\n");
                }
            }
            foreach (var category in Categories)
            {
                text.Append(CultureInfo.InvariantCulture, $"category|{category.Code}|{category.Period}|{category.YearToDate}|{category.Budget}\n");
            }
            foreach (var project in Projects)
            {
                text.Append(CultureInfo.InvariantCulture, $"project|{project.Account}|{project.Project}|{project.OpeningRemaining}|{project.Received}|{project.Spent}|{project.Remaining}\n");
            }
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }
    }
}
