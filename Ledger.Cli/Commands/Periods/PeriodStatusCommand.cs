using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Periods;

namespace Ledger.Cli.Commands.Periods;

[Says("账套一年各月的结账情况：未结账或已结账，结账人和时间（北京时间；JSON 中为 UTC）。", "Each month of a book's year: open or closed, by whom and when (Beijing time; UTC in JSON).")]
internal sealed class PeriodStatusCommand(CliContext context) : BookYearCommand<BookYearSettings, IReadOnlyList<MonthStatus>>(context)
{
    private static readonly Text Open = new("未结账", "open");
    private static readonly Text Closed = new("已结账", "closed");

    private static readonly Column<MonthStatus>[] Columns =
    [
        new("month", new Text("月份", "month"), m => m.Month.ToString()),
        new("status", new Text("状态", "status"), m => m.IsClosed ? Closed : Open),
        new("closed_by", new Text("结账人", "closed by"), m => m.ClosedBy),
        new("closed_at", new Text("结账时间（北京时间）", "closed at (Beijing time)"), m => m.ClosedUtc),
    ];

    protected override Result<IReadOnlyList<MonthStatus>> Act(LedgerSession session, BookYearSettings settings, BookRef book, int year) =>
        session.Periods.Status(book, year);

    protected override void Print(LedgerSession session, BookYearSettings settings, IReadOnlyList<MonthStatus> months)
    {
        var language = LanguageOf(settings);
        Emit(settings, target =>
        {
            if (FormatOf(settings) == OutputFormat.Table)
            {
                target.WriteLine(language == Language.Zh
                    ? $"{settings.Book} {settings.Year} 年结账情况：已结账 {months.Count(m => m.IsClosed)} 个月"
                    : $"{settings.Book} {settings.Year}: {months.Count(m => m.IsClosed)} months closed");
            }
            Output.Listing(target, FormatOf(settings), language, Columns, months);
        });
    }
}
