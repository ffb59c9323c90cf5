using System.Globalization;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Contracts;

namespace Ledger.Cli.Commands.Contracts;

[Says("合同台账：本年执行中的每份合同截至今日应收、全年应收、已收和截至今日欠收。", "合同台账: per contract running in the year, what has fallen due to date and in the whole year, what the books received, and what is outstanding to date.")]
internal sealed class ContractsReportCommand(CliContext context) : BookYearCommand<BookYearSettings, IReadOnlyList<ContractYear>>(context)
{
    private static readonly Column<ContractYear>[] Columns =
    [
        new("number", new Text("合同编号", "number"), c => c.Contract.Number),
        new("counterparty", new Text("对方单位", "counterparty"), c => c.Contract.Counterparty),
        new("subject", new Text("标的", "subject"), c => c.Contract.Subject),
        new("start", new Text("开始日期", "start"), c => c.Contract.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("end", new Text("结束日期", "end"), c => c.Contract.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("amount_per_period", new Text("每期金额", "per period"), c => c.Contract.AmountPerPeriod),
        new("cycle", new Text("周期", "cycle"), c => ContractCycle.Name(c.Contract.CycleMonths)),
        new("as_of", new Text("截至", "as of"), c => c.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("due_to_date", new Text("截至应收", "due to date"), c => c.DueToDate),
        new("due_year", new Text("全年应收", "due in the year"), c => c.DueYear),
        new("received", new Text("本年已收", "received"), c => c.Received),
        new("outstanding", new Text("欠收", "outstanding"), c => c.Outstanding),
    ];

    protected override Result<IReadOnlyList<ContractYear>> Act(LedgerSession session, BookYearSettings settings, Ledger.Core.Books.BookRef book, int year) =>
        session.Contracts.Year(book, year);

    protected override void Print(LedgerSession session, BookYearSettings settings, IReadOnlyList<ContractYear> view) =>
        Emit(settings, target => Output.Listing(target, FormatOf(settings), LanguageOf(settings), Columns, view));
}
