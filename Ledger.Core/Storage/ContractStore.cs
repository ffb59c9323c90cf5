using System.Data.Common;
using Dapper;
using Ledger.Core.Accounts;
using Ledger.Core.Contracts;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>The contracts register and its history, and the receipts the contract checks read.</summary>
internal static class ContractStore
{
    private sealed class Row
    {
        public long Id { get; init; }
        public string Number { get; init; } = "";
        public string Counterparty { get; init; } = "";
        public string Subject { get; init; } = "";
        public string StartDate { get; init; } = "";
        public string EndDate { get; init; } = "";
        public long AmountPerPeriodFen { get; init; }
        public long CycleMonths { get; init; }
    }

    private sealed class ReceiptLine
    {
        public long VoucherId { get; init; }
        public string Date { get; init; } = "";
        public string Summary { get; init; } = "";
        public string Code { get; init; } = "";
        public long DebitFen { get; init; }
        public string? Counterparty { get; init; }
    }

    public static IReadOnlyList<(long Id, Contract Contract)> List(DbTransaction tx, long bookId) =>
        tx.Connection!.Query<Row>(
            """
            SELECT id, number, counterparty, subject, start_date AS StartDate, end_date AS EndDate,
                   amount_per_period_fen AS AmountPerPeriodFen, cycle_months AS CycleMonths
            FROM contract WHERE book_id = @bookId ORDER BY number
            """, new { bookId }, tx)
            .Select(r => (r.Id, new Contract(r.Number, r.Counterparty, r.Subject, StoredTime.ParseDate(r.StartDate), StoredTime.ParseDate(r.EndDate),
                Money.FromFen(r.AmountPerPeriodFen), (int)r.CycleMonths)))
            .ToList();

    /// <summary>Registers a new contract or brings a known one to <paramref name="contract"/>, recording either in the history.</summary>
    public static void Save(DbTransaction tx, long bookId, long? id, Contract contract, string fileName, long userId, DateTimeOffset nowUtc)
    {
        var connection = tx.Connection!;
        var values = new
        {
            bookId, contract.Number, contract.Counterparty, contract.Subject, start = StoredTime.Format(contract.Start), end = StoredTime.Format(contract.End),
            amount = contract.AmountPerPeriod.Fen, cycle = contract.CycleMonths, id,
        };
        var contractId = id ?? connection.ExecuteScalar<long>(
            """
            INSERT INTO contract (book_id, number, counterparty, subject, start_date, end_date, amount_per_period_fen, cycle_months)
            VALUES (@bookId, @Number, @Counterparty, @Subject, @start, @end, @amount, @cycle) RETURNING id
            """, values, tx);
        if (id is not null)
        {
            connection.Execute(
                """
                UPDATE contract SET counterparty = @Counterparty, subject = @Subject, start_date = @start, end_date = @end,
                       amount_per_period_fen = @amount, cycle_months = @cycle
                WHERE id = @id
                """, values, tx);
        }
        connection.Execute(
            """
            INSERT INTO contract_event (contract_id, action, content, file_name, user_id, at_utc)
            VALUES (@contractId, @action, @content, @fileName, @userId, @now)
            """, new { contractId, action = id is null ? "registered" : "changed", content = contract.Content, fileName, userId, now = StoredTime.Format(nowUtc) }, tx);
    }

    /// <summary>The book's posted vouchers, up to <paramref name="through"/>, that brought money into cash or bank.</summary>
    public static IReadOnlyList<ContractReceipt> Receipts(DbTransaction tx, long bookId, DateOnly through) =>
        tx.Connection!.Query<ReceiptLine>(
            """
            SELECT v.id AS VoucherId, v.date, v.summary, a.code, l.debit_fen AS DebitFen, l.counterparty
            FROM voucher v JOIN voucher_line l ON l.voucher_id = v.id JOIN account a ON a.id = l.account_id
            WHERE v.book_id = @bookId AND v.kind = 'normal' AND v.status = 'posted' AND v.date <= @through
              AND EXISTS (SELECT 1 FROM voucher_line c JOIN account ca ON ca.id = c.account_id
                          WHERE c.voucher_id = v.id AND c.debit_fen > 0 AND (substr(ca.code, 1, 3) = @cash OR substr(ca.code, 1, 3) = @bank))
            ORDER BY v.date, v.id, l.line_no
            """, new { bookId, through = StoredTime.Format(through), cash = ChartCodes.Cash, bank = ChartCodes.Bank }, tx)
            .GroupBy(l => l.VoucherId)
            .Select(g => new ContractReceipt(g.Key, StoredTime.ParseDate(g.First().Date), g.First().Summary,
                Money.FromFen(g.Where(l => ChartCodes.IsCashOrBank(l.Code)).Sum(l => l.DebitFen)),
                g.Where(l => l.Counterparty is not null).Select(l => l.Counterparty!).Distinct().ToList()))
            .ToList();

    /// <summary>The posted vouchers dated in the span that credit 501 经营收入 and name a counterparty on some line.</summary>
    public static IReadOnlyList<(long VoucherId, string Date, string Summary, string Counterparty, long IncomeFen)> NamedIncome(DbTransaction tx, long bookId, DateOnly from, DateOnly through) =>
        tx.Connection!.Query<(long, string, string, string, long)>(
            """
            SELECT v.id, v.date, v.summary, n.counterparty,
                   (SELECT sum(i.credit_fen) FROM voucher_line i JOIN account ia ON ia.id = i.account_id
                    WHERE i.voucher_id = v.id AND substr(ia.code, 1, 3) = @income)
            FROM voucher v JOIN (SELECT DISTINCT voucher_id, counterparty FROM voucher_line WHERE counterparty IS NOT NULL) n ON n.voucher_id = v.id
            WHERE v.book_id = @bookId AND v.kind = 'normal' AND v.status = 'posted' AND v.date BETWEEN @from AND @through
              AND EXISTS (SELECT 1 FROM voucher_line i JOIN account ia ON ia.id = i.account_id
                          WHERE i.voucher_id = v.id AND i.credit_fen > 0 AND substr(ia.code, 1, 3) = @income)
            ORDER BY v.date, v.id
            """, new { bookId, from = StoredTime.Format(from), through = StoredTime.Format(through), income = ChartCodes.BusinessIncome }, tx).AsList();
}
