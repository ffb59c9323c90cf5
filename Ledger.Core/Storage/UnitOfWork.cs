using System.Data.Common;

namespace Ledger.Core.Storage;

/// <summary>
/// One command's work against the store: everything it reads and writes runs in this one database transaction, which
/// is committed whole or not at all. Domain code only passes it along to the stores; what lies under it (a SQLite
/// transaction today, another database's tomorrow) is the business of <c>Storage</c> alone, and the architecture test
/// keeps every other namespace from naming a database type.
/// </summary>
public sealed class UnitOfWork
{
    internal UnitOfWork(DbTransaction transaction) => Transaction = transaction;

    internal DbTransaction Transaction { get; }

    /// <summary>The approvals and postings written so far in this work, which the actor's signature covers before it commits.</summary>
    internal List<SignableRecord> Signable { get; } = [];

    /// <summary>The stores take the transaction itself, which is what Dapper and ADO.NET expect.</summary>
    public static implicit operator DbTransaction(UnitOfWork work) => work.Transaction;
}
