using System.Globalization;
using System.Text;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Reports;
using Spectre.Console.Cli;

namespace Ledger.Cli.Commands.Reports;

[Says("财务公开榜：已结账月份或季度的村务财务公开（--out board.html）。", "财务公开榜: the villagers' transparency board of a book for a closed month or quarter (--out board.html).")]
internal sealed class TransparencyCommand(CliContext context) : LedgerCommand<TransparencyCommand.Settings>(context)
{
    public sealed class Settings : GlobalSettings
    {
        [Says("账套：村编码/committee（村委会）或 村编码/collective（合作社），如 V001/collective", "The book: <village>/committee or <village>/collective, e.g. V001/collective")]
        [CommandOption("--book <BOOK>")]
        public string? Book { get; init; }

        [Says("期间：月份 2024-03、季度 2024-Q1 或年度 2024", "The period: a month 2024-03, a quarter 2024-Q1 or a year 2024")]
        [CommandOption("--period <PERIOD>")]
        public string? Period { get; init; }

        [CommandOption("--check <FINGERPRINT>")]
        [Says("重算公开榜数据指纹，核对已公布的榜是否仍与账簿一致。", "Recompute the board's fingerprint and say whether a published board still matches the books.")]
        public string? Check { get; init; }
    }

    private static readonly Text Income = new("收入", "income");
    private static readonly Text Spending = new("支出", "spending");

    private static readonly Column<(Text Kind, BoardItem Item)>[] ItemColumns =
    [
        new("kind", new Text("收支", "kind"), r => r.Kind),
        new("date", new Text("日期", "date"), r => r.Item.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("number", new Text("凭证号", "number"), r => r.Item.Number),
        new("category", new Text("项目", "category"), r => r.Item.Category),
        new("summary", new Text("摘要", "summary"), r => r.Item.Summary),
        new("counterparty", new Text("对方单位/个人", "counterparty"), r => r.Item.Counterparty),
        new("amount", new Text("金额", "amount"), r => r.Item.Amount),
    ];

    protected override int Run(Settings settings)
    {
        var book = RequiredBook(settings.Book);
        var period = RequiredPeriod(settings.Period);
        return WithSession(settings, session =>
        {
            var result = session.Reports.Board(book, period);
            if (result.IsRefused)
            {
                return Refused(result, settings);
            }
            var board = result.Value;
            var zh = LanguageOf(settings) == Language.Zh;
            if (settings.Check is { } expected)
            {
                var matches = string.Equals(expected.Trim(), board.Fingerprint, StringComparison.OrdinalIgnoreCase);
                (matches ? Context.Out : Context.Error).WriteLine(matches
                    ? (zh ? $"公开榜与账簿一致：{board.Fingerprint}" : $"the board matches the books: {board.Fingerprint}")
                    : (zh ? $"公开榜与账簿不一致：账簿现在的指纹是 {board.Fingerprint}" : $"the board does not match the books: their fingerprint is now {board.Fingerprint}"));
                return matches ? ExitCodes.Done : ExitCodes.Refused;
            }
            if (settings.Out is { } file && Path.GetExtension(file).ToLowerInvariant() is ".html" or ".xlsx")
            {
                if (Path.GetExtension(file).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    BoardXlsx.Write(Context.ResolvePath(file), board);
                }
                else
                {
                    File.WriteAllText(Context.ResolvePath(file), BoardHtml.Render(board, DateOnly.FromDateTime(Context.Clock.GetLocalNow().DateTime)), new UTF8Encoding(false));
                }
                Context.Out.WriteLine(zh ? $"已写出公开榜 {file}，数据指纹 {board.Fingerprint}" : $"Wrote the board to {file}; fingerprint {board.Fingerprint}");
                return ExitCodes.Done;
            }
            Emit(settings, target =>
            {
                var rows = board.Income.Select(i => (Income, i)).Concat(board.Spending.Select(s => (Spending, s))).ToList();
                var format = FormatOf(settings);
                if (format == OutputFormat.Json)
                {
                    Output.Json(target, writer =>
                    {
                        writer.WriteStartObject();
                        Output.JsonFields(writer,
                        [
                            ("book", board.Book.ToString()), ("period", board.Period.Name), ("opening_funds", board.OpeningMoney),
                            ("income_total", board.IncomeTotal), ("spending_total", board.SpendingTotal), ("closing_funds", board.ClosingMoney),
                            ("closing_cash", board.ClosingCash), ("closing_bank", board.ClosingBank), ("fingerprint", board.Fingerprint),
                        ]);
                        Output.JsonArray(writer, "items", ItemColumns, rows);
                        writer.WriteStartArray("categories");
                        foreach (var category in board.Categories)
                        {
                            writer.WriteStartObject();
                            Output.JsonFields(writer,
                            [
                                ("kind", category.IsIncome ? "income" : "spending"), ("category", category.Name), ("amount", category.Period),
                                ("year_to_date", category.YearToDate), ("budget", category.Budget),
                            ]);
                            writer.WriteEndObject();
                        }
                        writer.WriteEndArray();
                        writer.WriteStartArray("projects");
                        foreach (var project in board.Projects)
                        {
                            writer.WriteStartObject();
                            Output.JsonFields(writer,
                            [
                                ("account", project.Account), ("project", project.Project), ("opening", project.OpeningRemaining),
                                ("received", project.Received), ("spent", project.Spent), ("remaining", project.Remaining),
                            ]);
                            writer.WriteEndObject();
                        }
                        writer.WriteEndArray();
                        writer.WriteEndObject();
                    });
                    return;
                }
                if (format == OutputFormat.Table)
                {
                    target.WriteLine(zh ? $"{board.VillageName} 财务公开榜  {board.Book}  {board.Period}" : $"Transparency board  {board.Book}  {board.Period}");
                    target.WriteLine(zh
                        ? $"期初货币资金 {board.OpeningMoney.ToDisplayString()} + 本期收入 {board.IncomeTotal.ToDisplayString()} − 本期支出 {board.SpendingTotal.ToDisplayString()} = 期末货币资金 {board.ClosingMoney.ToDisplayString()}"
                        : $"money at start {board.OpeningMoney.ToDisplayString()} + income {board.IncomeTotal.ToDisplayString()} − spending {board.SpendingTotal.ToDisplayString()} = money at end {board.ClosingMoney.ToDisplayString()}");
                }
                Output.Listing(target, format, LanguageOf(settings), ItemColumns, rows);
                if (format == OutputFormat.Table)
                {
                    target.WriteLine(zh ? $"数据指纹 {board.Fingerprint}" : $"fingerprint {board.Fingerprint}");
                }
            });
            return ExitCodes.Done;
        });
    }
}
