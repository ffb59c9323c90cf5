namespace Ledger.Core;

/// <summary>A message in both of the languages vledger speaks.</summary>
public sealed record Text(string Zh, string En)
{
    public string In(Language language) => language == Language.Zh ? Zh : En;

    public override string ToString() => En;
}
