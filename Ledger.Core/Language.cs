namespace Ledger.Core;

/// <summary>The language of labels and messages.</summary>
public enum Language
{
    Zh,
    En,
}
