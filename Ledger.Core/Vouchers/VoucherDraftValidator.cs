using FluentValidation;
using FluentValidation.Results;
using Ledger.Core.Accounts;

namespace Ledger.Core.Vouchers;

/// <summary>
/// The rules every voucher meets before it is written: 2 to <see cref="Limits.LinesPerVoucherMax"/> lines, each
/// exactly one positive debit or credit, debits equal to credits, every account a known, active leaf of the
/// voucher's book carrying the dimension it needs. Every problem is reported, not just the first.
/// </summary>
public sealed class VoucherDraftValidator : AbstractValidator<VoucherDraft>
{
    private readonly IReadOnlyDictionary<AccountCode, Account> _chart;

    /// <param name="chart">The chart of the draft's book, by code.</param>
    public VoucherDraftValidator(IReadOnlyDictionary<AccountCode, Account> chart)
    {
        _chart = chart;
        RuleFor(d => d).Custom(CheckHeader);
        RuleFor(d => d).Custom(CheckLineCount);
        RuleFor(d => d).Custom(CheckLines);
        RuleFor(d => d).Custom(CheckBalance);
    }

    /// <summary>Every problem, each naming the line it is on.</summary>
    public IReadOnlyList<VoucherProblem> Problems(VoucherDraft draft) =>
        Validate(draft).Errors.Select(e => (VoucherProblem)e.CustomState).ToList();

    /// <summary>Every problem as a refusal that names the voucher and the line.</summary>
    public IReadOnlyList<Refusal> Check(VoucherDraft draft) => Problems(draft).Select(p =>
    {
        var line = p.LineIndex is { } index ? draft.Lines[index] : null;
        var zh = line is null ? $"凭证 {draft.Label}" : $"凭证 {draft.Label} 第 {p.LineIndex + 1} 行（科目 {line.Account}）";
        var en = line is null ? $"voucher {draft.Label}" : $"voucher {draft.Label} line {p.LineIndex + 1} (account {line.Account})";
        return Refusal.Of(p.Code, $"{zh}：{p.Message.Zh}", $"{en}: {p.Message.En}");
    }).ToList();

    private static void CheckHeader(VoucherDraft draft, ValidationContext<VoucherDraft> context)
    {
        var summary = draft.Summary.Trim();
        if (summary.Length == 0)
        {
            Fail(context, "voucher.summary", null, "摘要不能为空", "the summary is empty");
        }
        if (summary.Length > Limits.SummaryLengthMax)
        {
            Fail(context, "voucher.summary", null, $"摘要超过 {Limits.SummaryLengthMax} 字", $"the summary is longer than {Limits.SummaryLengthMax} characters");
        }
        if (draft.SourceRef is { Length: > Limits.SourceRefLengthMax })
        {
            Fail(context, "voucher.source-ref", null, $"凭证号超过 {Limits.SourceRefLengthMax} 字", $"its number is longer than {Limits.SourceRefLengthMax} characters");
        }
        if (draft.AttachmentCount is < 0 or > Limits.AttachmentCountMax)
        {
            Fail(context, "voucher.attachments", null, $"附件数 {draft.AttachmentCount} 无效", $"attachment count {draft.AttachmentCount} is invalid");
        }
    }

    private static void CheckLineCount(VoucherDraft draft, ValidationContext<VoucherDraft> context)
    {
        if (draft.Lines.Count < 2)
        {
            Fail(context, "voucher.lines", null, $"至少需要两行分录，现有 {draft.Lines.Count} 行", $"needs at least two lines, has {draft.Lines.Count}");
        }
        if (draft.Lines.Count > Limits.LinesPerVoucherMax)
        {
            Fail(context, "voucher.lines", null, $"分录超过 {Limits.LinesPerVoucherMax} 行", $"has more than {Limits.LinesPerVoucherMax} lines");
        }
    }

    private void CheckLines(VoucherDraft draft, ValidationContext<VoucherDraft> context)
    {
        for (var i = 0; i < draft.Lines.Count; i++)
        {
            CheckLine(draft.Book.ToString(), draft.Lines[i], context, i);
        }
    }

    private void CheckLine(string book, VoucherLine line, ValidationContext<VoucherDraft> context, int index)
    {
        if (line.Debit.IsZero == line.Credit.IsZero)
        {
            Fail(context, "line.side", index, "借方和贷方必须且只能填一个", "give exactly one of debit and credit");
        }
        else if (line.Debit.IsNegative || line.Credit.IsNegative)
        {
            Fail(context, "line.negative", index, "金额必须为正数（红字冲销请用 voucher reverse）", "amounts are positive (to undo a posted voucher, use voucher reverse)");
        }
        if (!_chart.TryGetValue(line.Account, out var account))
        {
            Fail(context, "line.account-unknown", index, $"账套 {book} 没有科目 {line.Account}", $"book {book} has no account {line.Account}");
            return;
        }
        CheckAccount(context, account, line, index);
    }

    private static void CheckAccount(ValidationContext<VoucherDraft> context, Account account, VoucherLine line, int index)
    {
        if (!account.IsLeaf)
        {
            Fail(context, "line.account-not-leaf", index, $"{account.Code} {account.Name} 有明细科目，请记到末级科目", $"{account.Code} {account.Name} has sub-accounts; post to one of them");
        }
        if (!account.IsActive)
        {
            Fail(context, "line.account-inactive", index, $"科目 {account.Name} 已停用", $"account {account.Name} is inactive");
        }
        var hasCounterparty = !string.IsNullOrWhiteSpace(line.Counterparty);
        var hasProject = !string.IsNullOrWhiteSpace(line.Project);
        var missing = account.Dimension switch
        {
            DimensionRequirement.None => null,
            DimensionRequirement.Counterparty => hasCounterparty ? null : new Text("对方单位", "a counterparty (对方单位)"),
            DimensionRequirement.Project => hasProject ? null : new Text("项目", "a project (项目)"),
            DimensionRequirement.CounterpartyOrProject => hasCounterparty || hasProject ? null : new Text("对方单位或项目", "a counterparty or a project"),
            _ => throw new ArgumentOutOfRangeException(nameof(account), account.Dimension, "unknown dimension requirement"),
        };
        if (missing is not null)
        {
            Fail(context, "line.dimension", index, $"科目 {account.Name} 需要填写{missing.Zh}", $"account {account.Name} needs {missing.En}");
        }
        if ((line.Counterparty?.Length ?? 0) > Limits.NameLengthMax || (line.Project?.Length ?? 0) > Limits.NameLengthMax)
        {
            Fail(context, "line.dimension", index, $"对方单位或项目超过 {Limits.NameLengthMax} 字", $"the counterparty or project is longer than {Limits.NameLengthMax} characters");
        }
    }

    private static void CheckBalance(VoucherDraft draft, ValidationContext<VoucherDraft> context)
    {
        // Summed as long: LinesPerVoucherMax lines of AmountFenAbsMax each still fit, so this cannot overflow,
        // and a total beyond the Money range is refused rather than thrown.
        var debits = draft.Lines.Sum(l => l.Debit.Fen);
        var credits = draft.Lines.Sum(l => l.Credit.Fen);
        if (Math.Max(Math.Abs(debits), Math.Abs(credits)) > Limits.AmountFenAbsMax)
        {
            Fail(context, "voucher.too-large", null, "合计金额超出范围", "its total is out of range");
            return;
        }
        if (debits != credits)
        {
            var difference = Money.FromFen(Math.Abs(debits - credits));
            Fail(context, "voucher.unbalanced", null,
                $"借贷不平：借方合计 {Money.FromFen(debits)}，贷方合计 {Money.FromFen(credits)}，相差 {difference}",
                $"does not balance: debits {Money.FromFen(debits)}, credits {Money.FromFen(credits)}, difference {difference}");
        }
    }

    private static void Fail(ValidationContext<VoucherDraft> context, string code, int? line, string zh, string en) =>
        context.AddFailure(new ValidationFailure("", en) { CustomState = new VoucherProblem(code, line, new Text(zh, en)), ErrorCode = code });
}
