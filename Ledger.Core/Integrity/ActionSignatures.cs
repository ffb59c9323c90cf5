using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ledger.Core.Identity;
using Ledger.Core.Storage;
using Ledger.Core.Users;

namespace Ledger.Core.Integrity;

/// <summary>
/// The signatures over approvals, clearances and postings (issue 23). A command that approves or posts is signed by its
/// proven actor as it writes, a batch of up to <see cref="UnitOfWork.SignableWaitingMax"/> records at a time and the
/// rest as it commits: one signature over a header (the store, the signer, the key, the time) and one item per record,
/// <c>action|voucher|role or number|time|content hash</c>. A signature per batch rather than per record keeps a
/// 100,000-voucher posting run at a dozen private-key operations; every record is still checked on its own, since
/// verify rebuilds each record's item from the store and looks for it among the items a valid signature covers. The keys themselves are checked first: each certified by an admin's key of its time, back to the
/// township's root.
/// </summary>
internal static class ActionSignatures
{
    private const string HeaderVersion = "vledger-signature/1";

    /// <summary>Signs what <paramref name="tx"/> wrote that needs a signature, if anything.</summary>
    public static void SignPending(UnitOfWork tx, Signer signer, string storeId, DateTimeOffset nowUtc)
    {
        if (tx.Signable.Count == 0)
        {
            return;
        }
        var hashes = VoucherContentHash.ByVoucher(SignatureStore.Content(tx, tx.Signable.Select(r => r.VoucherId).Distinct().ToList()))
            .ToDictionary(v => v[0].VoucherId, VoucherContentHash.Of);
        var items = new StringBuilder();
        foreach (var record in tx.Signable)
        {
            Invariant.That(hashes.ContainsKey(record.VoucherId), $"Voucher {record.VoucherId}, just approved or posted, has no lines to sign.");
            items.Append(record.Key).Append('|').Append(hashes[record.VoucherId]).Append('\n');
        }
        var signedUtc = StoredTime.Format(nowUtc);
        var text = items.ToString();
        SignatureStore.Insert(tx, signer.User.Id, signer.KeyId, signedUtc, text, signer.Sign(Digest(storeId, signer.User.Id, signer.KeyId, signedUtc, text)));
        tx.Signable.Clear();
    }

    /// <summary>
    /// Checks every key's certificate, every signature with the key its signer held when signing, and every approval,
    /// clearance and posting record against the items a valid signature of its own actor covers. Null when all hold,
    /// else the first thing found wrong; <paramref name="root"/> is the township's root key's fingerprint.
    /// </summary>
    /// <param name="proofSinceUtc">When the township began to prove who acts; records before it were made by name, unsigned.</param>
    /// <param name="recordsBefore">How many approvals, clearances and postings predate proof, and so carry no signature.</param>
    public static Refusal? Check(UnitOfWork tx, string storeId, string proofSinceUtc, out int signaturesChecked, out string root, out int recordsBefore)
    {
        signaturesChecked = 0;
        recordsBefore = 0;
        root = "";
        var users = UserStore.List(tx).ToDictionary(u => u.Id);
        var keys = IdentityStore.AllKeys(tx).ToDictionary(k => k.Id);
        if (CheckKeys(storeId, keys, users, out root) is { } badKey)
        {
            return badKey;
        }
        // Each signed item by what it covers (the record), with who signed it, which signature (for its time), and the
        // content hash they signed. Both are kept as the first 16 bytes of a SHA-256, so that a township's year of
        // records costs tens of bytes each in memory, not the hundreds their texts would.
        var signed = new Dictionary<UInt128, (long UserId, int Signature, UInt128 Hash)>();
        var signedUtc = new List<string>();
        foreach (var signature in SignatureStore.All(tx))
        {
            if (!keys.TryGetValue(signature.KeyId, out var key) || key.UserId != signature.UserId || !HeldAt(key, signature.SignedUtc))
            {
                return Forged(signature, "签名所用的密钥不是该用户当时的密钥", "it names a key that was not the signer's at the time");
            }
            if (!SigningKeys.Verify(key.Algorithm, key.PublicKey, Digest(storeId, signature.UserId, signature.KeyId, signature.SignedUtc, signature.Items), signature.Signature))
            {
                return Forged(signature, "签名与所签内容不符（签名或所列事项被改动）", "the signature does not match what it lists (the signature or its items were altered)");
            }
            signedUtc.Add(signature.SignedUtc);
            foreach (var item in signature.Items.AsSpan().EnumerateLines())
            {
                if (item.IsEmpty)
                {
                    continue;
                }
                var cut = item.LastIndexOf('|');
                if (cut < 0 || !TryHead(item[(cut + 1)..], out var hash))
                {
                    return Forged(signature, "所列事项格式不对", "an item it lists is malformed");
                }
                signed[Head(item[..cut])] = (signature.UserId, signedUtc.Count - 1, hash);
            }
            signaturesChecked++;
        }
        // Records and contents both come in voucher order, so each voucher's content is hashed once, as it passes.
        using var contents = VoucherContentHash.ByVoucher(SignatureStore.ApprovedOrPostedContent(tx)).GetEnumerator();
        var content = contents.MoveNext() ? contents.Current : null;
        (long VoucherId, UInt128 Hash)? current = null;
        foreach (var record in SignatureStore.Records(tx))
        {
            if (string.CompareOrdinal(record.AtUtc, proofSinceUtc) < 0)
            {
                recordsBefore++;
                continue;
            }
            while (content is not null && content[0].VoucherId < record.VoucherId)
            {
                content = contents.MoveNext() ? contents.Current : null;
            }
            if (current?.VoucherId != record.VoucherId && content is not null && content[0].VoucherId == record.VoucherId)
            {
                TryHead(VoucherContentHash.Of(content), out var hash);
                current = (record.VoucherId, hash);
            }
            var found = signed.TryGetValue(Head($"{record.Action}|{record.VoucherId}|{record.Detail}|{record.AtUtc}"), out var entry)
                ? (entry.UserId, SignedUtc: signedUtc[entry.Signature], entry.Hash) : ((long UserId, string SignedUtc, UInt128 Hash)?)null;
            if (CheckRecord(record, found, current?.VoucherId == record.VoucherId ? current.Value.Hash : null) is { } broken)
            {
                return broken;
            }
        }
        return null;
    }

    /// <summary>The first 16 bytes of the SHA-256 of an item's text: what the signed items are looked up by.</summary>
    private static UInt128 Head(ReadOnlySpan<char> text)
    {
        Span<byte> digest = stackalloc byte[32];
        var bytes = Encoding.UTF8.GetBytes(text.ToArray());
        SHA256.HashData(bytes, digest);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(digest);
    }

    /// <summary>The first 32 hex digits of a content hash as a number; false when the text is not hex.</summary>
    private static bool TryHead(ReadOnlySpan<char> hex, out UInt128 head) =>
        UInt128.TryParse(hex.Length >= 32 ? hex[..32] : "x", NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out head);

    private static Refusal? CheckRecord(SignatureStore.RecordRow record, (long UserId, string SignedUtc, UInt128 Hash)? signed, UInt128? hash)
    {
        var action = record.Action switch
        {
            SignableRecord.Approve => new Text($"{record.UserName} 以{RoleLabel(record.Detail).Zh}身份的审批", $"the approval by {record.UserName} as {record.Detail}"),
            SignableRecord.Post => new Text($"{record.UserName} 的记账（{record.Detail}）", $"the posting by {record.UserName} ({record.Detail})"),
            _ => new Text("审批完成（可记账）的标记", "its clearance for posting"),
        };
        if (hash is null)
        {
            return Broken(record, $"{action.Zh}所指的凭证没有分录或不存在", $"{action.En} is of a voucher that has no lines or is not there");
        }
        var isClearance = record.Action == SignableRecord.Clear;
        if (signed is not { } found || (!isClearance && found.UserId != record.UserId) || string.CompareOrdinal(record.AtUtc, found.SignedUtc) > 0)
        {
            return Broken(record, $"{action.Zh}没有{(isClearance ? "" : "其本人的")}签名：是绕过 vledger 写入账库的",
                $"{action.En} carries no signature{(isClearance ? "" : " of theirs")}: it was written into the file around vledger");
        }
        if (record.Action == SignableRecord.Approve && record.Detail != record.UserRole)
        {
            return Broken(record, $"{action.Zh}所记的角色不是其本人的角色（{RoleLabel(record.UserRole).Zh}）", $"{action.En} names a role that is not theirs ({record.UserRole})");
        }
        if (found.Hash != hash)
        {
            return Broken(record, $"{action.Zh}之后凭证内容被改动（与签名的内容不符）", $"its content changed after {action.En} (it no longer matches what was signed)");
        }
        return null;
    }

    /// <summary>
    /// The first key certifies itself and is an admin's: the township's root. Every later key is certified by an earlier
    /// key, held by an admin when the new key was made; a key planted in the file has no such certificate.
    /// </summary>
    private static Refusal? CheckKeys(string storeId, Dictionary<long, IdentityStore.Key> keys, Dictionary<long, User> users, out string root)
    {
        root = "";
        foreach (var key in keys.Values.OrderBy(k => k.Id))
        {
            var holder = users.TryGetValue(key.UserId, out var user) ? user.Name : key.UserId.ToString(CultureInfo.InvariantCulture);
            var digest = KeyCertificate.Digest(storeId, key.UserId, key.Algorithm, key.PublicKey, key.CreatedUtc);
            var isRoot = root.Length == 0;
            var certifier = isRoot ? key : key.CertifiedBy is { } by && keys.TryGetValue(by, out var found) && by < key.Id ? found : null;
            var valid = certifier is not null
                && (isRoot ? key.CertifiedBy is null : key.CertifiedBy is not null)
                && users.TryGetValue(certifier.UserId, out var certifyingUser) && certifyingUser.Role == Role.Admin
                && HeldAt(certifier, key.CreatedUtc)
                && SigningKeys.Verify(certifier.Algorithm, certifier.PublicKey, digest, key.Certificate);
            if (!valid)
            {
                return Refusal.Of("verify.key", $"用户 {holder} 的签名密钥 {key.Id} 没有管理员的有效认证：是绕过 vledger 写入账库的",
                    $"signing key {key.Id} of {holder} is not certified by an admin's key of its time: it was written into the file around vledger");
            }
            if (isRoot)
            {
                root = $"{holder} {KeyCertificate.Fingerprint(key.PublicKey)}";
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="key"/> was its user's at <paramref name="utc"/>: made by then, and not yet retired.</summary>
    private static bool HeldAt(IdentityStore.Key key, string utc) =>
        string.CompareOrdinal(key.CreatedUtc, utc) <= 0 && (key.RetiredUtc is not { } retired || string.CompareOrdinal(utc, retired) <= 0);

    private static Text RoleLabel(string key) => RoleNames.Parse(key) is { IsRefused: false } role ? role.Value.Label() : new Text(key, key);

    /// <summary>
    /// SHA-256 of the header and the items as UTF-8, hashed a chunk at a time: a posting run of a large township lists
    /// a million items, and joining them to the header and encoding them whole would hold two more copies of them.
    /// </summary>
    internal static byte[] Digest(string storeId, long userId, long keyId, string signedUtc, string items)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{HeaderVersion}\n{storeId}\n{userId}\n{keyId}\n{signedUtc}\n")));
        var encoder = Encoding.UTF8.GetEncoder();
        var buffer = new byte[Encoding.UTF8.GetMaxByteCount(DigestChunkChars)];
        for (var start = 0; start < items.Length; start += DigestChunkChars)
        {
            var chunk = items.AsSpan(start, Math.Min(DigestChunkChars, items.Length - start));
            // The encoder carries a surrogate pair split across two chunks, so the bytes are those of the whole text.
            var count = encoder.GetBytes(chunk, buffer, flush: start + chunk.Length == items.Length);
            hash.AppendData(buffer, 0, count);
        }
        return hash.GetHashAndReset();
    }

    internal const int DigestChunkChars = 64 * 1024;

    private static Refusal Forged(SignatureStore.SignatureRow signature, string zh, string en) =>
        Refusal.Of("verify.signature", $"签名 {signature.Id}（{signature.UserName}，{signature.SignedUtc}）：{zh}", $"signature {signature.Id} ({signature.UserName}, {signature.SignedUtc}): {en}");

    private static Refusal Broken(SignatureStore.RecordRow record, string zh, string en) =>
        Refusal.Of("verify.signature", $"凭证 {record.VoucherId}：{zh}", $"voucher {record.VoucherId}: {en}");
}
