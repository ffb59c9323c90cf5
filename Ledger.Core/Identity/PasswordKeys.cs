namespace Ledger.Core.Identity;

/// <summary>
/// What one slow derivation of a password yields: the verifier kept in the store, and the key that encrypts the
/// user's private signing key. Both come from the same PBKDF2 output through HKDF, so proving a password and opening
/// the key cost one derivation, and the stored verifier tells nothing about the encryption key.
/// </summary>
internal sealed record PasswordKeys(byte[] Verifier, byte[] KeyEncryptionKey);
