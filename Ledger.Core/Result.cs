namespace Ledger.Core;

/// <summary>Either a value or the refusals that prevented it. Refusals are expected outcomes, not bugs.</summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<Refusal> refusals)
    {
        _value = value;
        Refusals = refusals;
    }

    public IReadOnlyList<Refusal> Refusals { get; }

    public bool IsRefused => Refusals.Count > 0;

    /// <exception cref="InvalidOperationException">When the result was refused: reading it is a bug.</exception>
    public T Value => IsRefused ? throw new InvalidOperationException("A refused result has no value.") : _value!;

    public static Result<T> Ok(T value) => new(value, []);

    public static Result<T> Refused(IReadOnlyList<Refusal> refusals)
    {
        ArgumentOutOfRangeException.ThrowIfZero(refusals.Count);
        return new(default, refusals);
    }

    public static Result<T> Refused(Refusal refusal) => new(default, [refusal]);

    public static implicit operator Result<T>(Refusal refusal) => Refused(refusal);
}
