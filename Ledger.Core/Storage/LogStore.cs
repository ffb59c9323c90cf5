using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>The audit trail, read from the append-only histories the store keeps of every kind of change.</summary>
internal static class LogStore
{
    public sealed class Row
    {
        public string AtUtc { get; init; } = "";
        public string UserName { get; init; } = "";
        public string Action { get; init; } = "";
        public string Subject { get; init; } = "";
        public string SubjectZh { get; init; } = "";
        public string? Detail { get; init; }
        public string? DetailZh { get; init; }
        public long? AmountFen { get; init; }
        public long? VoucherId { get; init; }
    }

    public static IReadOnlyList<Row> Read(DbTransaction tx, string? sinceUtc, string? user, long? voucherId, int limit) =>
        tx.Connection!.Query<Row>(
            """
            SELECT * FROM (
                SELECT v.prepared_utc AS AtUtc, u.name AS UserName, 'voucher.submitted' AS Action, 'voucher ' || v.id AS Subject,
                       '凭证 ' || v.id AS SubjectZh, v.summary AS Detail, v.summary AS DetailZh, v.total_fen AS AmountFen, v.id AS VoucherId, 0 AS Seq
                FROM voucher v JOIN app_user u ON u.id = v.prepared_by
                UNION ALL
                SELECT e.at_utc, u.name, 'voucher.' || e.action, 'voucher ' || e.voucher_id, '凭证 ' || e.voucher_id, e.reason, e.reason, NULL, e.voucher_id, e.id
                FROM voucher_event e JOIN app_user u ON u.id = e.user_id
                UNION ALL
                SELECT p.posted_utc, u.name, 'voucher.posted', 'voucher ' || p.voucher_id, '凭证 ' || p.voucher_id, NULL, NULL, NULL, p.voucher_id,
                       coalesce((SELECT max(e.id) FROM voucher_event e WHERE e.voucher_id = p.voucher_id AND e.action <> 'reversed'), 0) + 0.5
                FROM voucher_posting p JOIN app_user u ON u.id = p.posted_by
                UNION ALL
                SELECT p.at_utc, u.name, 'period.' || p.action, vi.code || '/' || b.kind || ' ' || p.month, vi.code || '/' || b.kind || ' ' || p.month,
                       p.reason, p.reason, NULL, NULL, p.id
                FROM period_event p JOIN app_user u ON u.id = p.user_id JOIN book b ON b.id = p.book_id JOIN village vi ON vi.id = b.village_id
                UNION ALL
                SELECT e.at_utc, u.name, 'budget.' || e.action, vi.code || '/' || b.kind || ' ' || e.year || coalesce(' ' || a.code, ''),
                       vi.code || '/' || b.kind || ' ' || e.year || coalesce(' ' || a.code, ''), e.reason, e.reason, e.amount_fen, NULL, e.id
                FROM budget_event e JOIN app_user u ON u.id = e.user_id JOIN book b ON b.id = e.book_id JOIN village vi ON vi.id = b.village_id
                LEFT JOIN account a ON a.id = e.account_id
                UNION ALL
                SELECT p.changed_utc, u.name, 'policy.imported', 'approval policy v' || p.id, '审批规则第 ' || p.id || ' 版', NULL, NULL, NULL, NULL, p.id
                FROM approval_policy p JOIN app_user u ON u.id = p.changed_by
                UNION ALL
                SELECT f.imported_utc, u.name, 'import.' || f.kind, f.file_name, f.file_name, f.vouchers || ' vouchers, ' || f.lines || ' lines, sha256 ' || f.sha256,
                       f.vouchers || ' 张凭证，' || f.lines || ' 行，sha256 ' || f.sha256, NULL, NULL, f.id
                FROM import_file f JOIN app_user u ON u.id = f.imported_by
                UNION ALL
                SELECT r.at_utc, u.name, 'access.refused', r.command, r.command, r.code || ': ' || r.reason, coalesce(r.reason_zh, r.reason), NULL, NULL, r.id
                FROM access_refusal r JOIN app_user u ON u.id = r.user_id
                UNION ALL
                SELECT k.at_utc, u.name, 'account.upgraded', vi.code || '/' || b.kind || ' ' || k.old_code, vi.code || '/' || b.kind || ' ' || k.old_code,
                       'its lines now read as ' || k.new_code, '原有分录转入明细科目 ' || k.new_code, NULL, NULL, k.id
                FROM account_rekey k JOIN app_user u ON u.id = k.user_id JOIN account a ON a.id = k.account_id
                JOIN book b ON b.id = a.book_id JOIN village vi ON vi.id = b.village_id
                UNION ALL
                SELECT c.at_utc, u.name, 'identity.' || c.action, 'user ' || u.name, '用户 ' || u.name,
                       nullif(trim(CASE c.detail WHEN 'locked' THEN 'while locked' ELSE coalesce(c.detail || ' min', '') END
                                   || coalesce(' by ' || b.name, '')), ''),
                       nullif(trim(CASE c.detail WHEN 'locked' THEN '锁定期间' ELSE coalesce(c.detail || ' 分钟', '') END
                                   || coalesce(' 由 ' || b.name, '')), ''), NULL, NULL, c.id
                FROM credential_event c JOIN app_user u ON u.id = c.user_id LEFT JOIN app_user b ON b.id = c.by_user
                UNION ALL
                SELECT n.created_utc, coalesce(c.name, n.name), 'user.added', 'user ' || n.name, '用户 ' || n.name, n.role, n.role, NULL, NULL, n.id
                FROM app_user n LEFT JOIN app_user c ON c.id = n.created_by
                UNION ALL
                SELECT v.created_utc, u.name, 'village.added', 'village ' || v.code, '村 ' || v.code, v.name, v.name, NULL, NULL, v.id
                FROM village v JOIN app_user u ON u.id = v.created_by WHERE v.created_utc IS NOT NULL) AS entry
            WHERE (@since IS NULL OR AtUtc >= @since) AND (@user IS NULL OR UserName = @user) AND (@voucherId IS NULL OR VoucherId = @voucherId)
            ORDER BY AtUtc, Seq, coalesce(VoucherId, 0), Action, Subject
            LIMIT @limit
            """, new { since = sinceUtc, user, voucherId, limit }, tx).AsList();

    public static void RecordRefusal(DbTransaction tx, long userId, DateTimeOffset now, string command, string code, string reason, string reasonZh) =>
        tx.Connection!.Execute(
            "INSERT INTO access_refusal (at_utc, user_id, command, code, reason, reason_zh) VALUES (@now, @userId, @command, @code, @reason, @reasonZh)",
            new { now = StoredTime.Format(now), userId, command, code, reason, reasonZh }, tx);
}
