namespace Ledger.Tests.Support;

/// <summary>A clock that stands still unless a test moves it.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public static FixedClock At2024() => new(new DateTimeOffset(2024, 4, 2, 1, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => Now;
}
