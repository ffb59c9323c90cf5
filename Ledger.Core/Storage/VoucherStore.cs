using System.Data.Common;
using Dapper;
using Ledger.Core.Accounts;
using Ledger.Core.Books;
using Ledger.Core.Periods;
using Ledger.Core.Users;
using Ledger.Core.Vouchers;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>Vouchers, their lines and their history.</summary>
internal static class VoucherStore
{
    public sealed class ListRow
    {
        public long Id { get; init; }
        public string VillageCode { get; init; } = "";
        public string BookKind { get; init; } = "";
        public string Date { get; init; } = "";
        public VoucherStatus Status { get; init; }
        public long? Number { get; init; }
        public string? Word { get; init; }
        public long? WordNumber { get; init; }
        public string? SourceRef { get; init; }
        public string Summary { get; init; } = "";
        public long TotalFen { get; init; }
        public string PreparedBy { get; init; } = "";
    }

    public sealed class EventRow
    {
        public string Action { get; init; } = "";
        public string UserName { get; init; } = "";
        public string Role { get; init; } = "";
        public string AtUtc { get; init; } = "";
        public string? Reason { get; init; }
    }

    /// <summary>
    /// One line of an approved voucher waiting to be posted, with what posting needs to know: its checks, the month
    /// totals, and the content the hash chain seals.
    /// </summary>
    public sealed class PostingLine
    {
        public long VoucherId { get; init; }
        public long BookId { get; init; }
        public string Date { get; init; } = "";
        public long PreparedBy { get; init; }
        public long AccountId { get; init; }
        public long DebitFen { get; init; }
        public long CreditFen { get; init; }
        public long? LinkedId { get; init; }
        public VoucherKind Kind { get; init; }
        public string Summary { get; init; } = "";
        public string? SourceRef { get; init; }
        public long? ReversalOf { get; init; }
        public long LineNo { get; init; }
        public string Code { get; init; } = "";
        public string? Counterparty { get; init; }
        public string? Project { get; init; }
    }

    public sealed class Header
    {
        public long Id { get; init; }
        public long BookId { get; init; }
        public string VillageCode { get; init; } = "";
        public string BookKind { get; init; } = "";
        public string Date { get; init; } = "";
        public long Month { get; init; }
        public string Summary { get; init; } = "";
        public string? SourceRef { get; init; }
        public long AttachmentCount { get; init; }
        public VoucherKind Kind { get; init; }
        public long? ReversalOf { get; init; }
        public VoucherStatus Status { get; init; }
        public long? Number { get; init; }
        public string? Word { get; init; }
        public long? WordNumber { get; init; }
        public long PreparedById { get; init; }
        public string PreparedBy { get; init; } = "";
    }

    private sealed class LineRow
    {
        public string Code { get; init; } = "";
        public long DebitFen { get; init; }
        public long CreditFen { get; init; }
        public string? Counterparty { get; init; }
        public string? Project { get; init; }
    }

    public static void AddEvent(DbTransaction tx, long voucherId, string action, User user, DateTimeOffset nowUtc, string? reason) =>
        tx.Connection!.Execute(
            """
            INSERT INTO voucher_event (voucher_id, action, user_id, role, at_utc, reason)
            VALUES (@voucherId, @action, @userId, @role, @now, @reason)
            """,
            new { voucherId, action, userId = user.Id, role = user.Role.Key(), now = StoredTime.Format(nowUtc), reason }, tx);

    /// <summary>The voucher's history: its submission (from the voucher itself), then every recorded step.</summary>
    public static IReadOnlyList<EventRow> Events(DbTransaction tx, long voucherId) =>
        tx.Connection!.Query<EventRow>(
            """
            SELECT 'submitted' AS Action, u.name AS UserName, u.role, v.prepared_utc AS AtUtc, NULL AS Reason, 0 AS Seq
            FROM voucher v JOIN app_user u ON u.id = v.prepared_by WHERE v.id = @voucherId
            UNION ALL
            SELECT e.action, u.name, e.role, e.at_utc, e.reason, e.id
            FROM voucher_event e JOIN app_user u ON u.id = e.user_id
            WHERE e.voucher_id = @voucherId
            UNION ALL
            -- Posting is its own record, not an event. Only a reversal can follow it, so it is listed after every other step.
            SELECT 'posted', u.name, p.role, p.posted_utc, NULL,
                   coalesce((SELECT max(e.id) FROM voucher_event e WHERE e.voucher_id = p.voucher_id AND e.action <> 'reversed'), 0) + 0.5
            FROM voucher_posting p JOIN app_user u ON u.id = p.posted_by
            WHERE p.voucher_id = @voucherId
            ORDER BY Seq
            """, new { voucherId }, tx).AsList();

    public static Header? FindHeader(DbTransaction tx, long id) =>
        tx.Connection!.QuerySingleOrDefault<Header>(
            """
            SELECT v.id, v.book_id AS BookId, vi.code AS VillageCode, b.kind AS BookKind, v.date, v.month, v.summary,
                   v.source_ref AS SourceRef, v.attachment_count AS AttachmentCount, v.kind, v.reversal_of AS ReversalOf,
                   v.status, v.number, v.word, v.word_number AS WordNumber, v.prepared_by AS PreparedById, u.name AS PreparedBy
            FROM voucher v
            JOIN book b ON b.id = v.book_id
            JOIN village vi ON vi.id = b.village_id
            JOIN app_user u ON u.id = v.prepared_by
            WHERE v.id = @id
            """, new { id }, tx);

    /// <summary>The id of the voucher that carries an official number in a book's month; null when none does.</summary>
    public static long? FindIdByNumber(DbTransaction tx, long bookId, int month, VoucherWord word, int wordNumber) =>
        tx.Connection!.QuerySingleOrDefault<long?>(
            "SELECT voucher_id FROM voucher_posting WHERE book_id = @bookId AND month = @month AND word = @word AND word_number = @wordNumber",
            new { bookId, month, word = word.Text(), wordNumber }, tx);

    /// <summary>Loads a whole voucher. Its constructor checks again that it balances.</summary>
    public static Voucher? Load(DbTransaction tx, long id)
    {
        var header = FindHeader(tx, id);
        if (header is null)
        {
            return null;
        }
        var lines = tx.Connection!.Query<LineRow>(
            """
            SELECT a.code, l.debit_fen AS DebitFen, l.credit_fen AS CreditFen, l.counterparty, l.project
            FROM voucher_line l JOIN account a ON a.id = l.account_id
            WHERE l.voucher_id = @id ORDER BY l.line_no
            """, new { id }, tx)
            .Select(r => new VoucherLine(AccountCode.FromStore(r.Code), Money.FromFen(r.DebitFen), Money.FromFen(r.CreditFen), r.Counterparty, r.Project))
            .ToList();
        var status = header.Status;
        var month = Month.FromKey((int)header.Month);
        var book = BookRef.FromStore(header.VillageCode, header.BookKind);
        return new Voucher(
            new VoucherId(header.Id), book, StoredTime.ParseDate(header.Date), header.Summary, status,
            header.Kind, lines,
            header.Number is { } n ? new VoucherNumber(month, (int)n, VoucherWordNames.Parse(header.Word)!.Value, (int)header.WordNumber!.Value) : null,
            header.SourceRef, (int)header.AttachmentCount, header.PreparedBy,
            header.ReversalOf is { } r ? new VoucherId(r) : null);
    }

    /// <summary>The status a key read from the store names; the store's CHECKs and view allow no other.</summary>
    public static VoucherStatus ParseStatus(string key) =>
        VoucherStatusNames.Parse(key) is { IsRefused: false } parsed ? parsed.Value : throw new LedgerInvariantException($"The store holds an unknown voucher status '{key}'.");

    public static VoucherKind ParseKind(string key) =>
        VoucherKindNames.Parse(key) ?? throw new LedgerInvariantException($"The store holds an unknown voucher kind '{key}'.");

    /// <summary>Vouchers of one book or one village (both its books) or all, of a run of months or of every month, of one status or any.</summary>
    public static IReadOnlyList<ListRow> List(DbTransaction tx, long? bookId, long? villageId, Period? period, VoucherStatus? status) =>
        tx.Connection!.Query<ListRow>(
            """
            SELECT v.id, vi.code AS VillageCode, b.kind AS BookKind, v.date, v.status, v.number, v.word, v.word_number AS WordNumber, v.source_ref AS SourceRef,
                   v.summary, v.total_fen AS TotalFen, u.name AS PreparedBy
            FROM voucher v
            JOIN book b ON b.id = v.book_id
            JOIN village vi ON vi.id = b.village_id
            JOIN app_user u ON u.id = v.prepared_by
            WHERE (@first IS NULL OR v.month BETWEEN @first AND @last)
              AND (@bookId IS NULL OR v.book_id = @bookId)
              AND (@villageId IS NULL OR b.village_id = @villageId)
              AND (@status IS NULL OR v.status = @status)
            ORDER BY vi.code, b.kind DESC, v.date, v.id
            """,
            new { first = period?.First.Key, last = period?.Last.Key, bookId, villageId, status = status?.Key() }, tx).AsList();

    /// <summary>Replaces an unposted voucher's header fields and lines (the store refuses this for a posted one).</summary>
    public static void ReplaceContent(DbTransaction tx, long id, VoucherDraft draft, IReadOnlyDictionary<AccountCode, long> accountIds)
    {
        var connection = tx.Connection!;
        connection.Execute("DELETE FROM voucher_line WHERE voucher_id = @id", new { id }, tx);
        connection.Execute(
            """
            UPDATE voucher_content SET date = @date, month = @month, summary = @summary, source_ref = @sourceRef,
                                       attachment_count = @attachments, total_fen = @total
            WHERE id = @id
            """,
            new
            {
                id, date = StoredTime.Format(draft.Date), month = Month.Of(draft.Date).Key, summary = draft.Summary.Trim(),
                sourceRef = draft.SourceRef, attachments = draft.AttachmentCount, total = draft.Lines.Sum(l => l.Debit.Fen),
            }, tx);
        VoucherWriter.InsertLines(tx, id, draft.Lines, accountIds);
    }

    /// <summary>
    /// Where a reviewer or the clerk leaves an unposted voucher: sent back, taken back, or submitted again (which, like
    /// sending it back, takes away any clearance it had). Approval and posting are appended, never set here.
    /// </summary>
    public static void SetState(DbTransaction tx, long id, VoucherStatus state)
    {
        Invariant.That(state is VoucherStatus.Submitted or VoucherStatus.Rejected or VoucherStatus.Withdrawn, $"A voucher is not set {state}; that is appended.");
        tx.Connection!.Execute("DELETE FROM voucher_clearance WHERE voucher_id = @id", new { id }, tx);
        tx.Connection!.Execute("UPDATE voucher_content SET state = @state WHERE id = @id", new { id, state = state.Key() }, tx);
    }

    /// <summary>The lines of every approved voucher of the month in the given books, in posting order: book, date, id.</summary>
    public static IReadOnlyList<PostingLine> ApprovedLines(DbTransaction tx, Month month, IReadOnlyCollection<long> bookIds)
    {
        // A month of a large township is a few hundred thousand lines: the lines of one voucher share its texts, and
        // lines of one account share its code, rather than each holding copies.
        PostingLine? previous = null;
        var codes = new Dictionary<long, string>();
        return RawStatement.Query(tx, """
            SELECT v.id, v.book_id, v.date, v.prepared_by, l.account_id, l.debit_fen, l.credit_fen, v.linked_id,
                   v.kind, v.summary, v.source_ref, v.reversal_of, l.line_no, a.code, l.counterparty, l.project
            FROM voucher_content v JOIN voucher_line l ON l.voucher_id = v.id JOIN account a ON a.id = l.account_id
            WHERE v.month = ?1 AND v.book_id IN (SELECT value FROM json_each(?2)) AND v.state = 'submitted'
              AND EXISTS (SELECT 1 FROM voucher_clearance k WHERE k.voucher_id = v.id)
              AND NOT EXISTS (SELECT 1 FROM voucher_posting p WHERE p.voucher_id = v.id)
            ORDER BY v.book_id, v.date, v.id, l.line_no
            """, [month.Key, JsonRows.Of(bookIds)], row =>
        {
            var voucherId = row.Int64(0);
            var head = previous is not null && previous.VoucherId == voucherId ? previous : null;
            var accountId = row.Int64(4);
            if (!codes.TryGetValue(accountId, out var code))
            {
                code = row.Text(13);
                codes[accountId] = code;
            }
            previous = new PostingLine
            {
                VoucherId = voucherId, BookId = row.Int64(1), Date = head?.Date ?? row.Text(2), PreparedBy = row.Int64(3), AccountId = accountId,
                DebitFen = row.Int64(5), CreditFen = row.Int64(6), LinkedId = row.Int64OrNull(7), Kind = head?.Kind ?? ParseKind(row.Text(8)),
                Summary = head?.Summary ?? row.Text(9), SourceRef = head is null ? row.TextOrNull(10) : head.SourceRef,
                ReversalOf = row.Int64OrNull(11), LineNo = row.Int64(12), Code = code, Counterparty = row.TextOrNull(14), Project = row.TextOrNull(15),
            };
            return previous;
        }).ToList();
    }

    /// <summary>Links the two vouchers of a transfer between a village's books to each other.</summary>
    public static void Link(DbTransaction tx, long first, long second)
    {
        tx.Connection!.Execute("UPDATE voucher_content SET linked_id = @second WHERE id = @first", new { first, second }, tx);
        tx.Connection!.Execute("UPDATE voucher_content SET linked_id = @first WHERE id = @second", new { first, second }, tx);
    }

    public static VoucherStatus? StatusOf(DbTransaction tx, long id) =>
        tx.Connection!.QuerySingleOrDefault<string>("SELECT status FROM voucher WHERE id = @id", new { id }, tx) is { } key ? ParseStatus(key) : null;

    /// <summary>The engine's closing vouchers of a book's month with this summary that stand posted (not yet reversed).</summary>
    public static IReadOnlyList<long> PostedCarries(DbTransaction tx, long bookId, int month, string summary) =>
        tx.Connection!.Query<long>(
            "SELECT id FROM voucher WHERE book_id = @bookId AND month = @month AND kind = 'closing' AND status = 'posted' AND summary = @summary ORDER BY id",
            new { bookId, month, summary }, tx).AsList();

    public static bool HasOpening(DbTransaction tx, long bookId) =>
        tx.Connection!.ExecuteScalar<long>(
            "SELECT EXISTS (SELECT 1 FROM voucher WHERE book_id = @bookId AND kind = 'opening')", new { bookId }, tx) == 1;

    /// <summary>Whether the book has a posted (or since reversed) voucher dated on or before <paramref name="date"/>.</summary>
    public static bool HasPostedUpTo(DbTransaction tx, long bookId, DateOnly date) =>
        tx.Connection!.ExecuteScalar<long>(
            """
            SELECT EXISTS (SELECT 1 FROM voucher
                           WHERE book_id = @bookId AND is_posted AND date <= @date)
            """, new { bookId, date = StoredTime.Format(date) }, tx) == 1;

    /// <summary>How far a book's month is numbered: the last number of each word it holds, and the last posting sequence.</summary>
    public static (Dictionary<VoucherWord, int> LastByWord, int LastSequence) LastNumbers(DbTransaction tx, long bookId, Month month)
    {
        var rows = tx.Connection!.Query<(string Word, int LastWordNumber, int LastSequence)>(
            "SELECT word, max(word_number), max(number) FROM voucher_posting WHERE book_id = @bookId AND month = @month GROUP BY word",
            new { bookId, month = month.Key }, tx).AsList();
        var lastByWord = rows.ToDictionary(
            r => VoucherWordNames.Parse(r.Word) ?? throw new LedgerInvariantException($"The store holds an unknown voucher word '{r.Word}'."),
            r => r.LastWordNumber);
        return (lastByWord, rows.Count == 0 ? 0 : rows.Max(r => r.LastSequence));
    }

    /// <summary>
    /// Posts the numbered vouchers by appending one posting record each, in one set-based statement with the pairs bound
    /// as one JSON array: a month of a large township is tens of thousands of vouchers, and nothing already written moves.
    /// </summary>
    public static void Post(UnitOfWork tx, IEnumerable<(long VoucherId, VoucherNumber Number)> numbered, User poster, DateTimeOffset nowUtc)
    {
        var rows = numbered.Select(n => (n.VoucherId, (long)n.Number.Sequence, n.Number.Word.Text(), (long)n.Number.WordSequence)).ToList();
        if (rows.Count == 0)
        {
            return;
        }
        using var append = RawStatement.Prepare(tx.Transaction.Connection!, Dialect.Pick(tx, sqlite: """
            INSERT INTO voucher_posting (voucher_id, book_id, month, number, word, word_number, posted_by, role, posted_utc)
            SELECT v.id, v.book_id, v.month, p.value ->> 1, p.value ->> 2, p.value ->> 3, ?2, ?3, ?4
            FROM json_each(?1) p JOIN voucher_content v ON v.id = p.value ->> 0
            ORDER BY p.key
            """, postgres: """
            INSERT INTO voucher_posting (voucher_id, book_id, month, number, word, word_number, posted_by, role, posted_utc)
            SELECT v.id, v.book_id, v.month, (p.value ->> 1)::bigint, p.value ->> 2, (p.value ->> 3)::bigint, ?2, ?3, ?4
            FROM jsonb_array_elements(?1::jsonb) WITH ORDINALITY AS p (value, key) JOIN voucher_content v ON v.id = (p.value ->> 0)::bigint
            ORDER BY p.key
            """));
        var atUtc = StoredTime.Format(nowUtc);
        append.Reset().Set(1, JsonRows.Of(rows)).Set(2, poster.Id).Set(3, poster.Role.Key()).Set(4, atUtc).Execute();
        tx.AddSignable(rows.Select(r => new SignableRecord(SignableRecord.Post, r.VoucherId, SignableRecord.PostingDetail(r.Item3, r.Item4, r.Item2), atUtc)));
    }

}
