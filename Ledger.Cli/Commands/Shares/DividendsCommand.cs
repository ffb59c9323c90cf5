using System.Globalization;
using Ledger.Cli.Hosting;
using Ledger.Cli.Rendering;
using Ledger.Core;
using Ledger.Core.Books;
using Ledger.Core.Shares;
using Ledger.Core.Users;

namespace Ledger.Cli.Commands.Shares;

/// <summary>What the dividends commands share: the book and year, and how a plan is printed.</summary>
internal abstract class DividendsCommand<TSettings>(CliContext context) : BookYearCommand<TSettings, DividendPlan>(context)
    where TSettings : BookYearSettings
{
    private static readonly Column<DividendAllocation>[] Columns =
    [
        new("household", new Text("户号", "household"), a => a.Household),
        new("name", new Text("户主", "head"), a => a.HeadName),
        new("id_number", new Text("身份证号", "ID number"), a => a.MaskedId),
        new("units", new Text("折算股数", "weighted units"), a => a.WeightedUnits),
        new("amount", new Text("应分金额", "amount"), a => a.Amount),
    ];

    /// <summary>The plan as a board (--out .html or .xlsx), one JSON object, CSV of households, or a table with its figures.</summary>
    protected override void Print(LedgerSession session, TSettings settings, DividendPlan plan)
    {
        var zh = LanguageOf(settings) == Language.Zh;
        if (settings.Out is { } file && Path.GetExtension(file).ToLowerInvariant() is ".html" or ".xlsx")
        {
            DividendBoard.Write(Context.ResolvePath(file), plan, session.Today);
            Context.Out.WriteLine(zh ? $"已写出 {plan.Book} {plan.Year} 年度收益分配方案公示 {file}" : $"Wrote the {plan.Year} dividend plan board of {plan.Book} to {file}");
            return;
        }
        Emit(settings, target =>
        {
            switch (FormatOf(settings))
            {
                case OutputFormat.Json:
                    Output.Json(target, writer =>
                    {
                        writer.WriteStartObject();
                        Output.JsonFields(writer,
                        [
                            ("book", plan.Book.ToString()), ("year", plan.Year), ("record_date", plan.RecordDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                            ("status", plan.Status.Key()), ("year_result", plan.YearResult), ("opening_undistributed", plan.OpeningUndistributed),
                            ("non_distributable", plan.NonDistributable), ("distributable", plan.Distributable), ("reserve_percent", plan.ReservePercent),
                            ("reserve", plan.Reserve), ("pool_percent", plan.PoolPercent), ("pool", plan.Pool), ("retained", plan.Retained),
                            ("units", plan.WeightedUnits), ("yuan_per_unit", plan.YuanPerUnit), ("resolution", plan.Resolution),
                        ]);
                        writer.WriteStartArray("approvals");
                        foreach (var approval in plan.Approvals)
                        {
                            writer.WriteStartObject();
                            Output.JsonFields(writer, [("role", approval.Role.Key()), ("user", approval.UserName), ("at", approval.AtUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))]);
                            writer.WriteEndObject();
                        }
                        writer.WriteEndArray();
                        Output.JsonArray(writer, "households", Columns, plan.Households);
                        writer.WriteEndObject();
                    });
                    break;
                case OutputFormat.Table:
                    foreach (var line in Summary(plan, zh))
                    {
                        target.WriteLine(line);
                    }
                    Output.Listing(target, OutputFormat.Table, LanguageOf(settings), Columns, plan.Households);
                    break;
                default:
                    Output.Listing(target, FormatOf(settings), LanguageOf(settings), Columns, plan.Households);
                    break;
            }
        });
    }

    private static IEnumerable<string> Summary(DividendPlan plan, bool zh)
    {
        var missing = plan.MissingApprovals;
        if (zh)
        {
            yield return $"{plan.VillageName} {plan.Book} {plan.Year} 年度收益分配方案（{plan.Status.Label().Zh}）  股权登记日 {plan.RecordDate:yyyy-MM-dd}";
            yield return $"本年收益 {plan.YearResult.ToDisplayString()}；年初未分配收益 {plan.OpeningUndistributed.ToDisplayString()}；不可分配收入 {plan.NonDistributable.ToDisplayString()}；可分配收益 {plan.Distributable.ToDisplayString()}";
            yield return $"提取公积公益金 {plan.ReservePercent}% {plan.Reserve.ToDisplayString()}；股金分红 {plan.PoolPercent}% {plan.Pool.ToDisplayString()}；留存未分配 {plan.Retained.ToDisplayString()}";
            yield return $"{plan.Households.Count} 户，折算 {plan.WeightedUnits} 股，每股约 {plan.YuanPerUnit} 元（按最大余额法分到分，合计等于分红总额）";
            yield return plan.Status == DividendPlanStatus.Planned
                ? $"待审批：{string.Join("、", missing.Select(r => r.Label().Zh))}{(plan.Replaced ? "（方案已按最新账簿重拟，原审批作废）" : "")}"
                : $"审批：{string.Join("、", plan.Approvals.Select(a => $"{a.Role.Label().Zh} {a.UserName}"))}";
            yield return plan.Resolution is { } resolution
                ? $"成员（代表）大会决议：{resolution}"
                : $"成员（代表）大会决议：未记录（记账前须补录：dividends approve --book {plan.Book} --year {plan.Year} --resolution 决议编号）";
        }
        else
        {
            yield return $"Dividend plan {plan.Book} {plan.Year} ({plan.Status.Key()}), record date {plan.RecordDate:yyyy-MM-dd}";
            yield return $"year's result {plan.YearResult.ToDisplayString()}; undistributed from earlier {plan.OpeningUndistributed.ToDisplayString()}; not distributable {plan.NonDistributable.ToDisplayString()}; distributable {plan.Distributable.ToDisplayString()}";
            yield return $"reserve {plan.ReservePercent}% {plan.Reserve.ToDisplayString()}; members' pool {plan.PoolPercent}% {plan.Pool.ToDisplayString()}; retained {plan.Retained.ToDisplayString()}";
            yield return $"{plan.Households.Count} households, {plan.WeightedUnits} weighted units, about {plan.YuanPerUnit} yuan per unit (largest remainder to the fen; the amounts sum to the pool)";
            yield return plan.Status == DividendPlanStatus.Planned
                ? $"awaiting approval by: {string.Join(", ", missing.Select(r => r.Key()))}{(plan.Replaced ? " (redrawn from the current books; earlier approvals no longer apply)" : "")}"
                : $"approved by: {string.Join(", ", plan.Approvals.Select(a => $"{a.Role.Key()} {a.UserName}"))}";
            yield return plan.Resolution is { } resolution
                ? $"members' assembly resolution: {resolution}"
                : $"members' assembly resolution: not recorded (needed before posting: dividends approve --book {plan.Book} --year {plan.Year} --resolution REF)";
        }
    }
}
