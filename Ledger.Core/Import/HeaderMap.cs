using System.Text;

namespace Ledger.Core.Import;

/// <summary>
/// Finds the header row of a sheet by its names, below any title rows, and remembers which column holds which field
/// and what the file calls it, so that errors name the column as the clerk sees it.
/// </summary>
internal sealed class HeaderMap
{
    /// <summary>How far down a header may sit below title rows.</summary>
    public const int RowsScannedMax = 30;

    private static readonly Dictionary<string, ImportField> Synonyms = BuildSynonyms();

    /// <summary>
    /// Names that stand for a field only when no column has one of its own names: a bank's 交易时间 holds the date
    /// and time where there is no 交易日期, and only the time of day where there is one.
    /// </summary>
    private static readonly Dictionary<string, ImportField> Fallbacks = new(StringComparer.Ordinal)
    {
        [Normalize("交易时间")] = ImportField.Date,
        [Normalize("记账时间")] = ImportField.Date,
        [Normalize("时间")] = ImportField.Date,
    };

    private readonly Dictionary<ImportField, (int Column, string Label)> _fields;

    private HeaderMap(int rowNumber, Dictionary<ImportField, (int, string)> fields)
    {
        RowNumber = rowNumber;
        _fields = fields;
    }

    public int RowNumber { get; }

    public bool Has(ImportField field) => _fields.ContainsKey(field);

    public int Column(ImportField field) => _fields.TryGetValue(field, out var found) ? found.Column : -1;

    /// <summary>The column's name as the file writes it, or the standard name when the file has no such column.</summary>
    public string Label(ImportField field) => _fields.TryGetValue(field, out var found) ? found.Label : StandardName(field);

    public object? Cell(SheetRow row, ImportField field) => row[Column(field)];

    /// <summary>
    /// The first row among the first <see cref="RowsScannedMax"/> that names every required field, and at least one
    /// of <paramref name="anyOf"/> when that is given.
    /// </summary>
    public static HeaderMap? Find(ISheet sheet, IReadOnlyCollection<ImportField> required, IReadOnlyCollection<ImportField>? anyOf = null)
    {
        for (var scanned = 0; scanned < RowsScannedMax && sheet.Next(out var row); scanned++)
        {
            var fields = new Dictionary<ImportField, (int, string)>();
            for (var column = 0; column < row.Cells.Length; column++)
            {
                if (row.Cells[column] is string text && Synonyms.TryGetValue(Normalize(text), out var field) && !fields.ContainsKey(field))
                {
                    fields[field] = (column, text.Trim());
                }
            }
            for (var column = 0; column < row.Cells.Length; column++)
            {
                if (row.Cells[column] is string text && Fallbacks.TryGetValue(Normalize(text), out var field) && !fields.ContainsKey(field))
                {
                    fields[field] = (column, text.Trim());
                }
            }
            if (required.All(fields.ContainsKey) && (anyOf is not { Count: > 0 } || anyOf.Any(fields.ContainsKey)))
            {
                return new HeaderMap(row.Number, fields);
            }
        }
        return null;
    }

    public static string StandardName(ImportField field) => field switch
    {
        ImportField.Date => "日期",
        ImportField.Number => "凭证号",
        ImportField.Summary => "摘要",
        ImportField.AccountCode => "科目编码",
        ImportField.AccountName => "科目名称",
        ImportField.Debit => "借方金额",
        ImportField.Credit => "贷方金额",
        ImportField.Attachments => "附件数",
        ImportField.Settlement => "结算方式",
        ImportField.Resolution => "决议编号",
        ImportField.Counterparty => "对方单位",
        ImportField.Project => "项目",
        ImportField.Village => "村编码",
        ImportField.Book => "账套",
        ImportField.Year => "年度",
        ImportField.Amount => "金额",
        ImportField.Direction => "方向",
        ImportField.VillageName => "村名称",
        ImportField.Household => "户号",
        ImportField.HeadName => "姓名",
        ImportField.IdNumber => "身份证号",
        ImportField.ShareClass => "股份类型",
        ImportField.Units => "股数",
        ImportField.Weight => "权重",
        ImportField.BankIn => "收入金额",
        ImportField.BankOut => "支出金额",
        ImportField.Balance => "余额",
        ImportField.Serial => "交易流水号",
        ImportField.CounterpartyAccount => "对方账号",
        ImportField.ContractNumber => "合同编号",
        ImportField.Subject => "标的",
        ImportField.StartDate => "开始日期",
        ImportField.EndDate => "结束日期",
        ImportField.AmountPerPeriod => "每期金额",
        ImportField.Cycle => "付款周期",
        ImportField.FormRow => "行次",
        ImportField.Verified => "核实数",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>Header text without spaces, a required-field star, or a unit in brackets: “借方金额（元）” → 借方金额.</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '（' or '[' or '【')
            {
                depth++;
            }
            else if (c is ')' or '）' or ']' or '】')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && !char.IsWhiteSpace(c) && c is not '*' and not '＊')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }

    private static Dictionary<string, ImportField> BuildSynonyms()
    {
        var names = new (ImportField Field, string[] Names)[]
        {
            (ImportField.Date, ["日期", "凭证日期", "制单日期", "记账日期", "交易日期", "date"]),
            (ImportField.Number, ["凭证号", "凭证字号", "编号", "凭证编号", "凭证字", "number", "voucher"]),
            (ImportField.Summary, ["摘要", "用途", "附言", "交易摘要", "summary"]),
            (ImportField.AccountCode, ["科目编码", "科目代码", "会计科目编码", "code", "account"]),
            (ImportField.AccountName, ["科目名称", "会计科目", "科目", "accountname"]),
            // An opening-balance sheet in the 科目余额表 layout names its two columns 借方余额/贷方余额 or 期初借方/期初贷方.
            (ImportField.Debit, ["借方金额", "借方", "借方发生额", "借方余额", "期初借方", "期初借方余额", "期初借方金额", "年初借方", "年初借方余额", "debit"]),
            (ImportField.Credit, ["贷方金额", "贷方", "贷方发生额", "贷方余额", "期初贷方", "期初贷方余额", "期初贷方金额", "年初贷方", "年初贷方余额", "credit"]),
            (ImportField.Attachments, ["附件数", "附单据数", "所附单据数", "附件张数", "单据数", "attachments"]),
            (ImportField.Settlement, ["结算方式", "settlement"]),
            (ImportField.Resolution, ["决议编号", "决议号", "resolution"]),
            (ImportField.Counterparty, ["对方单位", "往来单位", "对方户名", "对方名称", "对方账户名称", "counterparty"]),
            (ImportField.Project, ["项目", "项目名称", "project"]),
            (ImportField.Village, ["村编码", "村代码", "village"]),
            (ImportField.Book, ["账套", "账簿", "book"]),
            (ImportField.Year, ["年度", "预算年度", "year"]),
            (ImportField.Amount, ["预算金额", "期初余额", "年初余额", "期初金额", "期初数", "年初数", "金额", "交易金额", "发生额", "amount"]),
            (ImportField.Direction, ["方向", "余额方向", "借贷方向", "借或贷", "借/贷", "借贷标志", "收支标志", "收/支", "direction"]),
            (ImportField.VillageName, ["村名称", "村名"]),
            (ImportField.Household, ["户号", "股权户号", "户编号", "household"]),
            (ImportField.HeadName, ["姓名", "户主", "户主姓名", "股东姓名", "name"]),
            (ImportField.IdNumber, ["身份证号", "身份证号码", "证件号码", "公民身份号码", "idnumber"]),
            (ImportField.ShareClass, ["股份类型", "股权类型", "股种", "股份类别", "class"]),
            (ImportField.Units, ["股数", "股份数", "持股数", "份额", "units"]),
            (ImportField.Weight, ["权重", "折股系数", "系数", "weight"]),
            (ImportField.BankIn, ["收入金额", "存入", "存入金额", "收入", "money in"]),
            (ImportField.BankOut, ["支出金额", "支取", "支取金额", "支出", "money out"]),
            (ImportField.Balance, ["余额", "账户余额", "balance"]),
            (ImportField.Serial, ["交易流水号", "流水号", "交易序号", "serial"]),
            (ImportField.CounterpartyAccount, ["对方账号", "对方账户", "对方卡号"]),
            (ImportField.ContractNumber, ["合同编号", "合同号", "contract"]),
            (ImportField.Subject, ["标的", "合同标的", "承包标的", "租赁物", "subject"]),
            (ImportField.StartDate, ["开始日期", "起始日期", "起租日期", "start"]),
            (ImportField.EndDate, ["结束日期", "终止日期", "到期日期", "end"]),
            (ImportField.AmountPerPeriod, ["每期金额", "每期租金", "每期应收"]),
            (ImportField.Cycle, ["付款周期", "支付周期", "收款周期", "cycle"]),
            (ImportField.FormRow, ["行次", "行号", "row"]),
            (ImportField.Verified, ["核实数", "核实金额", "清查核实数", "verified"]),
        };
        var synonyms = new Dictionary<string, ImportField>(StringComparer.Ordinal);
        foreach (var (field, list) in names)
        {
            foreach (var name in list)
            {
                synonyms[Normalize(name)] = field;
            }
        }
        return synonyms;
    }
}
