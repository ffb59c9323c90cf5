using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Ledger.Core.Storage;

/// <summary>The share classes, each collective book's register, its fixation and the events that move units.</summary>
internal static class ShareStore
{
    public sealed record ClassRow(long Id, string Name, long WeightE4);

    /// <param name="AddedOn">The day the household joined the register after fixation (yyyy-MM-dd); null for those it was fixed with.</param>
    public sealed record HouseholdRow(long Id, string Household, string HeadName, string IdNumber, string? AddedOn);

    public sealed record HoldingRow(long HouseholdId, long ClassId, long Units);

    public sealed record EventRow(long Id, string Kind, long FromHouseholdId, long ToHouseholdId, long ClassId, long Units, string EffectiveOn);

    /// <summary>A household as <see cref="ReplaceRegister"/> writes it, with its units per class id.</summary>
    public sealed record NewHousehold(string Household, string HeadName, string IdNumber, IReadOnlyDictionary<long, long> UnitsByClassId);

    public static IReadOnlyList<ClassRow> Classes(DbTransaction tx) =>
        tx.Connection!.Query<ClassRow>("SELECT id, name, weight_e4 AS WeightE4 FROM share_class ORDER BY id", transaction: tx).AsList();

    public static void UpsertClass(DbTransaction tx, string name, long weightE4) =>
        tx.Connection!.Execute(
            "INSERT INTO share_class (name, weight_e4) VALUES (@name, @weightE4) ON CONFLICT (name) DO UPDATE SET weight_e4 = excluded.weight_e4",
            new { name, weightE4 }, tx);

    public static string? FixedOn(DbTransaction tx, long bookId) =>
        tx.Connection!.QuerySingleOrDefault<string?>("SELECT fixed_on FROM share_fixation WHERE book_id = @bookId", new { bookId }, tx);

    public static void Fix(DbTransaction tx, long bookId, DateOnly date, long userId, DateTimeOffset nowUtc) =>
        tx.Connection!.Execute(
            "INSERT INTO share_fixation (book_id, fixed_on, fixed_by, fixed_utc) VALUES (@bookId, @date, @userId, @now)",
            new { bookId, date = StoredTime.Format(date), userId, now = StoredTime.Format(nowUtc) }, tx);

    /// <summary>Replaces a book's whole register, which the schema allows only before fixation.</summary>
    public static void ReplaceRegister(DbTransaction tx, long bookId, IEnumerable<NewHousehold> households)
    {
        var connection = tx.Connection!;
        connection.Execute(
            "DELETE FROM share_holding WHERE household_id IN (SELECT id FROM share_household WHERE book_id = @bookId)", new { bookId }, tx);
        connection.Execute("DELETE FROM share_household WHERE book_id = @bookId", new { bookId }, tx);
        foreach (var household in households)
        {
            var householdId = connection.ExecuteScalar<long>(
                """
                INSERT INTO share_household (book_id, household, head_name, id_number) VALUES (@bookId, @Household, @HeadName, @IdNumber)
                RETURNING id
                """, new { bookId, household.Household, household.HeadName, household.IdNumber }, tx);
            foreach (var (classId, units) in household.UnitsByClassId)
            {
                connection.Execute(
                    "INSERT INTO share_holding (household_id, class_id, units) VALUES (@householdId, @classId, @units)",
                    new { householdId, classId, units }, tx);
            }
        }
    }

    public static IReadOnlyList<HouseholdRow> Households(DbTransaction tx, long bookId) =>
        tx.Connection!.Query<HouseholdRow>(
            "SELECT id, household, head_name AS HeadName, id_number AS IdNumber, added_on AS AddedOn FROM share_household WHERE book_id = @bookId ORDER BY household",
            new { bookId }, tx).AsList();

    public static IReadOnlyList<HoldingRow> Holdings(DbTransaction tx, long bookId) =>
        tx.Connection!.Query<HoldingRow>(
            """
            SELECT s.household_id AS HouseholdId, s.class_id AS ClassId, s.units
            FROM share_holding s JOIN share_household h ON h.id = s.household_id
            WHERE h.book_id = @bookId
            """, new { bookId }, tx).AsList();

    /// <summary>The book's events in the order they take effect.</summary>
    public static IReadOnlyList<EventRow> Events(DbTransaction tx, long bookId) =>
        tx.Connection!.Query<EventRow>(
            """
            SELECT id, kind, from_household_id AS FromHouseholdId, to_household_id AS ToHouseholdId, class_id AS ClassId, units,
                   effective_on AS EffectiveOn
            FROM share_event WHERE book_id = @bookId ORDER BY effective_on, id
            """, new { bookId }, tx).AsList();

    /// <summary>Adds a household to a fixed register, holding nothing until the event that adds it moves units to it.</summary>
    public static long InsertHousehold(DbTransaction tx, long bookId, string household, string headName, string idNumber, DateOnly addedOn) =>
        tx.Connection!.ExecuteScalar<long>(
            """
            INSERT INTO share_household (book_id, household, head_name, id_number, added_on) VALUES (@bookId, @household, @headName, @idNumber, @addedOn)
            RETURNING id
            """, new { bookId, household, headName, idNumber, addedOn = StoredTime.Format(addedOn) }, tx);

    public static void InsertEvent(DbTransaction tx, long bookId, string kind, long fromId, long toId, long classId, long units, DateOnly effectiveOn, string? resolution, long userId, DateTimeOffset nowUtc) =>
        tx.Connection!.Execute(
            """
            INSERT INTO share_event (book_id, kind, from_household_id, to_household_id, class_id, units, effective_on, resolution, recorded_by, recorded_utc)
            VALUES (@bookId, @kind, @fromId, @toId, @classId, @units, @effective, @resolution, @userId, @now)
            """, new { bookId, kind, fromId, toId, classId, units, effective = StoredTime.Format(effectiveOn), resolution, userId, now = StoredTime.Format(nowUtc) }, tx);
}
