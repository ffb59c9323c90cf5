using System.Globalization;
using Ledger.Core.Shares;

namespace Ledger.Core.Import;

/// <summary>The cooperative's sheets: the charter's share classes and the members' register.</summary>
internal static class ShareSheets
{
    /// <summary>The most units one household may hold of one class.</summary>
    public const long UnitsMax = 1_000_000;

    public sealed record ClassRow(int Row, ShareClass Class);

    public sealed record MemberRow(int Row, string Household, string HeadName, string IdNumber, string ClassName, long Units);

    /// <summary>Reads 股份类型,权重; a class named twice is a problem, since a charter gives each class one weight.</summary>
    public static Result<List<ClassRow>> Classes(string file, Stream content)
    {
        var rows = SheetTable.Read(file, content, [ImportField.ShareClass, ImportField.Weight], (row, header, problems) =>
        {
            var name = CellValues.Text(header.Cell(row, ImportField.ShareClass));
            if (name.Length is 0 or > Limits.NameLengthMax)
            {
                problems.Problem(row, header, ImportField.ShareClass, new Text($"股份类型须为 1 到 {Limits.NameLengthMax} 个字", $"a share class name has 1 to {Limits.NameLengthMax} characters"));
            }
            var weight = ShareWeight.Parse(CellValues.Text(header.Cell(row, ImportField.Weight)));
            if (weight.IsRefused)
            {
                problems.Problem(row, header, ImportField.Weight, weight.Refusals[0].Message);
                return null;
            }
            return new ClassRow(row.Number, new ShareClass(name, weight.Value));
        });
        if (rows.IsRefused)
        {
            return rows;
        }
        var repeated = rows.Value.GroupBy(r => r.Class.Name).Where(g => g.Count() > 1).Select(g => g.Skip(1).First()).ToList();
        return repeated.Count > 0
            ? Result<List<ClassRow>>.Refused(repeated.Select(r => new ImportProblem(r.Row, "股份类型", new Text($"股份类型“{r.Class.Name}”重复", $"the share class '{r.Class.Name}' appears twice")).ToRefusal(file)).ToList())
            : rows;
    }

    /// <summary>
    /// Reads 户号,姓名,身份证号,股份类型,股数: one row per household and class. A household's rows must agree on its
    /// head and ID number, and name each class once.
    /// </summary>
    public static Result<List<MemberRow>> Members(string file, Stream content, IReadOnlySet<string> classNames)
    {
        var rows = SheetTable.Read(file, content, [ImportField.Household, ImportField.HeadName, ImportField.IdNumber, ImportField.ShareClass, ImportField.Units],
            (row, header, problems) =>
            {
                var household = CellValues.Text(header.Cell(row, ImportField.Household));
                var name = CellValues.Text(header.Cell(row, ImportField.HeadName));
                var id = CellValues.Text(header.Cell(row, ImportField.IdNumber));
                var className = CellValues.Text(header.Cell(row, ImportField.ShareClass));
                var unitsText = CellValues.Text(header.Cell(row, ImportField.Units));
                Require(household.Length is >= 1 and <= 32, ImportField.Household, new Text("户号须为 1 到 32 个字符", "a household number has 1 to 32 characters"));
                Require(name.Length is >= 1 and <= Limits.NameLengthMax, ImportField.HeadName, new Text("姓名不能为空", "the name is empty"));
                if (IdNumber.Problem(id) is { } wrongId)
                {
                    Require(false, ImportField.IdNumber, wrongId);
                }
                Require(classNames.Contains(className), ImportField.ShareClass,
                    new Text($"没有股份类型“{className}”：先用 shares classes import 导入", $"there is no share class '{className}': import it first with 'shares classes import'"));
                var unitsOk = long.TryParse(unitsText, NumberStyles.None, CultureInfo.InvariantCulture, out var units) && units <= UnitsMax;
                Require(unitsOk, ImportField.Units, new Text($"股数“{unitsText}”须为 0 到 {UnitsMax} 的整数", $"the units '{unitsText}' must be a whole number from 0 to {UnitsMax}"));
                return new MemberRow(row.Number, household, name, id, className, units);

                void Require(bool holds, ImportField field, Text message)
                {
                    if (!holds)
                    {
                        problems.Problem(row, header, field, message);
                    }
                }
            }, sums: [ImportField.Units]);
        if (rows.IsRefused)
        {
            return rows;
        }
        var problems = new List<ImportProblem>();
        foreach (var household in rows.Value.GroupBy(r => r.Household))
        {
            var first = household.First();
            foreach (var row in household.Skip(1).Where(r => r.HeadName != first.HeadName || r.IdNumber != first.IdNumber))
            {
                problems.Add(new ImportProblem(row.Row, "户号", new Text($"户号 {row.Household} 在第 {first.Row} 行的姓名或身份证号不同", $"household {row.Household} has another name or ID number on row {first.Row}")));
            }
            foreach (var row in household.GroupBy(r => r.ClassName).Where(g => g.Count() > 1).Select(g => g.Skip(1).First()))
            {
                problems.Add(new ImportProblem(row.Row, "股份类型", new Text($"户号 {row.Household} 的“{row.ClassName}”重复", $"household {row.Household} lists '{row.ClassName}' twice")));
            }
        }
        if (rows.Value.Count == 0)
        {
            return Refusal.Of("import.empty", $"{file}: 表头下没有任何股权户", $"{file}: there are no households under the header");
        }
        return problems.Count > 0 ? Result<List<MemberRow>>.Refused(problems.OrderBy(p => p.Row).Select(p => p.ToRefusal(file)).ToList()) : rows;
    }
}
