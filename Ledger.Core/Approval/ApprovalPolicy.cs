using System.Text.Json;
using System.Text.Json.Nodes;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;

namespace Ledger.Core.Approval;

/// <summary>
/// The township's approval policy (contract, "The approval policy"): amount tiers and the roles each needs, cash
/// limits, and the budget rule. It is data: the default comes from seeds/, and <c>policy import</c> replaces it.
/// </summary>
public sealed class ApprovalPolicy
{
    private ApprovalPolicy(IReadOnlyList<ApprovalTier> tiers, Money cashPaymentMax, Money cashOnHandMax, bool budgetRequired,
        int budgetTolerancePercent, bool bankReconciliationRequired, int bankMatchDays, int graceDays, int dividendReservePercentMin, VoucherWords voucherWords,
        IncomeCarry carryIncome, ProofTimes proofTimes, string signingAlgorithm, string document)
    {
        SigningAlgorithm = signingAlgorithm;
        Tiers = tiers;
        CashPaymentMax = cashPaymentMax;
        CashOnHandMax = cashOnHandMax;
        BudgetRequired = budgetRequired;
        BudgetTolerancePercent = budgetTolerancePercent;
        BankReconciliationRequired = bankReconciliationRequired;
        BankMatchDays = bankMatchDays;
        GraceDays = graceDays;
        DividendReservePercentMin = dividendReservePercentMin;
        VoucherWords = voucherWords;
        CarryIncome = carryIncome;
        ProofTimes = proofTimes;
        Document = document;
    }

    /// <summary>In ascending order of <see cref="ApprovalTier.From"/>.</summary>
    public IReadOnlyList<ApprovalTier> Tiers { get; }

    /// <summary>A single cash payment above this is refused.</summary>
    public Money CashPaymentMax { get; }

    /// <summary>Cash on hand above this at the end of a day is an audit finding.</summary>
    public Money CashOnHandMax { get; }

    public bool BudgetRequired { get; }

    public int BudgetTolerancePercent { get; }

    public bool BankReconciliationRequired { get; }

    public int BankMatchDays { get; }

    public int GraceDays { get; }

    /// <summary>The least share of the distributable result a dividend plan sets aside as 公积公益金, in percent.</summary>
    public int DividendReservePercentMin { get; }

    /// <summary>How posted vouchers are classed and numbered (<c>voucher_words</c>); a month keeps the words it was first posted with.</summary>
    public VoucherWords VoucherWords { get; }

    /// <summary>Whether a month's close carries its income and expense into 321 (<c>carry_income</c>).</summary>
    public IncomeCarry CarryIncome { get; }

    /// <summary>How long a login lasts, and how many wrong passwords in a row lock an account for how long.</summary>
    public ProofTimes ProofTimes { get; }

    /// <summary>
    /// The algorithm of the signing keys made from now on (<c>signature_algorithm</c>): <c>ecdsa-p256</c>, or <c>sm2</c>
    /// for a township that must use the national algorithms; keys made before keep theirs.
    /// </summary>
    public string SigningAlgorithm { get; }

    /// <summary>The JSON the policy was read from, kept as given.</summary>
    public string Document { get; }

    /// <summary>The tier of a voucher that pays <paramref name="payment"/> from a book of <paramref name="kind"/>.</summary>
    /// <param name="spends">Whether the voucher debits an expense or cost account, for tiers narrowed to spending.</param>
    public ApprovalTier TierFor(Money payment, BookKind kind, bool spends = true)
    {
        var applicable = Tiers.Where(t => (t.BookKind is null || t.BookKind == kind) && (!t.ExpenseOnly || spends)).ToList();
        return applicable.LastOrDefault(t => t.From <= payment) ?? applicable[0];
    }

    /// <summary>The keys a policy may have; anything else is refused, naming it.</summary>
    private static readonly string[] Keys =
    [
        "tiers", "cash_payment_max", "cash_on_hand_max", "budget_required", "budget_tolerance_percent",
        "bank_reconciliation_required", "bank_match_days", "grace_days", "dividend_reserve_percent_min", "voucher_words", "carry_income",
        "session_hours", "lockout_failures", "lockout_minutes", "signature_algorithm",
    ];

    private static readonly string[] TierKeys = ["from", "roles", "resolution", "book", "expense_only"];

    public static Result<ApprovalPolicy> Parse(string json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            return Problem($"不是有效的 JSON：{e.Message}", $"not valid JSON: {e.Message}");
        }
        if (root is not JsonObject policy || policy["tiers"] is not JsonArray tierArray || tierArray.Count == 0)
        {
            return Problem("需要非空的 tiers 数组", "a non-empty 'tiers' array is required");
        }
        // A misspelt key (budget_requird) would otherwise leave its rule at the default without a word.
        var unknown = policy.Select(p => p.Key).Where(k => !Keys.Contains(k))
            .Concat(tierArray.OfType<JsonObject>().SelectMany((t, i) => t.Select(p => p.Key).Where(k => !TierKeys.Contains(k)).Select(k => $"tiers[{i}].{k}")))
            .ToList();
        if (unknown.Count > 0)
        {
            return Problem($"不认识的键 {string.Join("、", unknown)}（可用的键：{string.Join("、", Keys)}；每档：{string.Join("、", TierKeys)}）",
                $"unknown keys {string.Join(", ", unknown)} (the keys are {string.Join(", ", Keys)}; per tier {string.Join(", ", TierKeys)})");
        }
        var tiers = new List<ApprovalTier>();
        for (var i = 0; i < tierArray.Count; i++)
        {
            var tier = ParseTier(tierArray[i], i);
            if (tier.IsRefused)
            {
                return Result<ApprovalPolicy>.Refused(tier.Refusals);
            }
            tiers.Add(tier.Value);
        }
        if (tiers.Where(t => t.BookKind is null && !t.ExpenseOnly).Select(t => t.From).FirstOrDefault() != Money.Zero)
        {
            return Problem("第一个通用档次必须从 0.00 起", "the first tier for every book must start at 0.00");
        }
        var cashPayment = AmountField(policy, "cash_payment_max", "1000.00");
        var cashOnHand = AmountField(policy, "cash_on_hand_max", "5000.00");
        var tolerance = IntField(policy, "budget_tolerance_percent", 0, 0, 100);
        var matchDays = IntField(policy, "bank_match_days", 5, 0, 366);
        var graceDays = IntField(policy, "grace_days", 30, 0, 3660);
        var reserveMin = IntField(policy, "dividend_reserve_percent_min", 30, 0, 100);
        var words = ChoiceField(policy, "voucher_words", VoucherWords.General, ("记", VoucherWords.General), ("收付转", VoucherWords.ReceiptPaymentTransfer));
        var carry = ChoiceField(policy, "carry_income", IncomeCarry.Yearly, ("yearly", IncomeCarry.Yearly), ("monthly", IncomeCarry.Monthly));
        var sessionHours = IntField(policy, "session_hours", ProofTimes.Default.SessionHours, 1, 24 * 30);
        var lockoutFailures = IntField(policy, "lockout_failures", ProofTimes.Default.LockoutFailures, 1, 100);
        var lockoutMinutes = IntField(policy, "lockout_minutes", ProofTimes.Default.LockoutMinutes, 1, 24 * 60);
        var algorithm = ChoiceField(policy, "signature_algorithm", Identity.SigningKeys.EcdsaP256, ("ecdsa-p256", Identity.SigningKeys.EcdsaP256), ("sm2", Identity.SigningKeys.Sm2));
        var refusals = cashPayment.Refusals.Concat(cashOnHand.Refusals).Concat(tolerance.Refusals).Concat(matchDays.Refusals).Concat(graceDays.Refusals)
            .Concat(reserveMin.Refusals).Concat(words.Refusals).Concat(carry.Refusals)
            .Concat(sessionHours.Refusals).Concat(lockoutFailures.Refusals).Concat(lockoutMinutes.Refusals).Concat(algorithm.Refusals).ToList();
        if (refusals.Count > 0)
        {
            return Result<ApprovalPolicy>.Refused(refusals);
        }
        return Result<ApprovalPolicy>.Ok(new ApprovalPolicy(
            tiers.OrderBy(t => t.From).ToList(), cashPayment.Value, cashOnHand.Value,
            BoolField(policy, "budget_required", true), tolerance.Value, BoolField(policy, "bank_reconciliation_required", false),
            matchDays.Value, graceDays.Value, reserveMin.Value, words.Value, carry.Value,
            new ProofTimes(sessionHours.Value, lockoutFailures.Value, lockoutMinutes.Value), algorithm.Value, json));
    }

    private static Result<ApprovalTier> ParseTier(JsonNode? node, int index)
    {
        var where = $"tiers[{index}]";
        if (node is not JsonObject tier)
        {
            return Problem($"{where} 必须是对象", $"{where} must be an object");
        }
        var from = Money.Parse(tier["from"]?.GetValueKind() == JsonValueKind.String ? tier["from"]!.GetValue<string>() : null);
        if (from.IsRefused || from.Value.IsNegative)
        {
            return Problem($"{where}.from 必须是两位小数的金额字符串，如 \"1000.00\"", $"{where}.from must be an amount string such as \"1000.00\"");
        }
        if (tier["roles"] is not JsonArray roleArray || roleArray.Count == 0)
        {
            return Problem($"{where}.roles 必须是非空数组", $"{where}.roles must be a non-empty array");
        }
        var roles = new List<Role>();
        foreach (var roleNode in roleArray)
        {
            var role = RoleNames.Parse(roleNode?.GetValueKind() == JsonValueKind.String ? roleNode.GetValue<string>() : null);
            if (role.IsRefused || role.Value is Role.Admin or Role.Auditor or Role.Clerk)
            {
                return Problem($"{where}.roles 含无效的审批角色“{roleNode}”", $"{where}.roles has '{roleNode}', which is not an approving role");
            }
            if (roles.Contains(role.Value))
            {
                return Problem($"{where}.roles 重复列出 {role.Value.Key()}", $"{where}.roles lists {role.Value.Key()} twice");
            }
            roles.Add(role.Value);
        }
        BookKind? kind = null;
        if (tier["book"] is { } bookNode)
        {
            if (!BookKindNames.TryParse(bookNode.GetValueKind() == JsonValueKind.String ? bookNode.GetValue<string>() : null, out var parsed))
            {
                return Problem($"{where}.book 应为 committee 或 collective", $"{where}.book must be committee or collective");
            }
            kind = parsed;
        }
        var resolution = tier["resolution"]?.GetValueKind() == JsonValueKind.True;
        var expenseOnly = tier["expense_only"]?.GetValueKind() == JsonValueKind.True;
        return Result<ApprovalTier>.Ok(new ApprovalTier(from.Value, roles, resolution, kind, expenseOnly));
    }

    private static Result<Money> AmountField(JsonObject policy, string name, string fallback)
    {
        var node = policy[name];
        var text = node is null ? fallback : node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;
        var amount = Money.Parse(text);
        return amount.IsRefused || amount.Value.IsNegative
            ? Problem($"{name} 必须是金额字符串，如 \"1000.00\"", $"{name} must be an amount string such as \"1000.00\"")
            : amount;
    }

    private static Result<int> IntField(JsonObject policy, string name, int fallback, int min, int max)
    {
        var node = policy[name];
        if (node is null)
        {
            return Result<int>.Ok(fallback);
        }
        return node.GetValueKind() == JsonValueKind.Number && node.AsValue().TryGetValue<int>(out var value) && value >= min && value <= max
            ? Result<int>.Ok(value)
            : Problem($"{name} 必须是 {min} 到 {max} 的整数", $"{name} must be a whole number from {min} to {max}");
    }

    /// <summary>A key whose value is one of a few fixed strings, each standing for one value.</summary>
    private static Result<T> ChoiceField<T>(JsonObject policy, string name, T fallback, params (string Text, T Value)[] choices)
    {
        var node = policy[name];
        if (node is null)
        {
            return Result<T>.Ok(fallback);
        }
        var text = node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;
        foreach (var (choice, value) in choices)
        {
            if (choice == text)
            {
                return Result<T>.Ok(value);
            }
        }
        var allowed = string.Join(" / ", choices.Select(c => $"\"{c.Text}\""));
        return Problem($"{name} 只能是 {allowed}", $"{name} must be one of {allowed}");
    }

    private static bool BoolField(JsonObject policy, string name, bool fallback) =>
        policy[name]?.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => fallback,
        };

    private static Refusal Problem(string zh, string en) => Refusal.Of("policy.invalid", $"审批政策：{zh}", $"approval policy: {en}");
}
