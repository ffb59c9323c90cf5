using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ledger.Core.Identity;
using Ledger.Core.Storage;

namespace Ledger.Core.Integrity;

/// <summary>
/// The signatures over approvals and postings (issue 23). A command that approves or posts is signed once, as it
/// commits, by its proven actor: one ECDSA signature over a header (the store, the signer, the key, the time) and one
/// item per record, <c>action|voucher|role or number|time|content hash</c>. One signature per command rather than per
/// record keeps a 100,000-voucher posting run at one private-key operation; every record is still checked on its own,
/// since verify rebuilds each record's item from the store and looks for it among the items a valid signature covers.
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
    /// Checks every signature with the key its signer held when signing, and every approval and posting record against
    /// the items a valid signature of its own actor covers. Null when all hold, else the first thing found wrong.
    /// </summary>
    public static Refusal? Check(UnitOfWork tx, string storeId, out int signaturesChecked)
    {
        signaturesChecked = 0;
        var keys = IdentityStore.AllKeys(tx).ToDictionary(k => k.Id);
        // Each signed item by its key (the record it covers), with who signed it and the content hash they signed.
        var signed = new Dictionary<string, (long UserId, string Hash)>(StringComparer.Ordinal);
        foreach (var signature in SignatureStore.All(tx))
        {
            if (!keys.TryGetValue(signature.KeyId, out var key) || key.UserId != signature.UserId
                || string.CompareOrdinal(key.CreatedUtc, signature.SignedUtc) > 0
                || (key.RetiredUtc is { } retired && string.CompareOrdinal(signature.SignedUtc, retired) > 0))
            {
                return Forged(signature, "签名所用的密钥不是该用户当时的密钥", "it names a key that was not the signer's at the time");
            }
            if (!SigningKeys.Verify(key.PublicKey, Digest(storeId, signature.UserId, signature.KeyId, signature.SignedUtc, signature.Items), signature.Signature))
            {
                return Forged(signature, "签名与所签内容不符（签名或所列事项被改动）", "the signature does not match what it lists (the signature or its items were altered)");
            }
            foreach (var item in signature.Items.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var cut = item.LastIndexOf('|');
                signed[item[..cut]] = (signature.UserId, item[(cut + 1)..]);
            }
            signaturesChecked++;
        }
        var records = SignatureStore.Records(tx).ToLookup(r => r.VoucherId);
        foreach (var voucher in VoucherContentHash.ByVoucher(SignatureStore.ApprovedOrPostedContent(tx)))
        {
            var hash = VoucherContentHash.Of(voucher);
            foreach (var record in records[voucher[0].VoucherId])
            {
                var item = $"{record.Action}|{record.VoucherId}|{record.Detail}|{record.AtUtc}";
                if (!signed.TryGetValue(item, out var found) || found.UserId != record.UserId)
                {
                    return record.Action == SignableRecord.Approve
                        ? Broken(record, $"{record.UserName} 以 {record.Detail} 身份的审批没有其签名：是绕过 vledger 写入账库的", $"the approval by {record.UserName} as {record.Detail} carries no signature of theirs: it was written into the file around vledger")
                        : Broken(record, $"{record.UserName} 的记账（{record.Detail}）没有其签名：是绕过 vledger 写入账库的", $"the posting by {record.UserName} ({record.Detail}) carries no signature of theirs: it was written into the file around vledger");
                }
                if (found.Hash != hash)
                {
                    return record.Action == SignableRecord.Approve
                        ? Broken(record, $"{record.UserName} 审批之后凭证内容被改动（与其签名的内容不符）", $"its content changed after {record.UserName} approved it (it no longer matches what they signed)")
                        : Broken(record, $"{record.UserName} 记账之后凭证内容被改动（与其签名的内容不符）", $"its content changed after {record.UserName} posted it (it no longer matches what they signed)");
                }
            }
        }
        return null;
    }

    private static byte[] Digest(string storeId, long userId, long keyId, string signedUtc, string items) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{HeaderVersion}\n{storeId}\n{userId}\n{keyId}\n{signedUtc}\n{items}")));

    private static Refusal Forged(SignatureStore.SignatureRow signature, string zh, string en) =>
        Refusal.Of("verify.signature", $"签名 {signature.Id}（{signature.UserName}，{signature.SignedUtc}）：{zh}", $"signature {signature.Id} ({signature.UserName}, {signature.SignedUtc}): {en}");

    private static Refusal Broken(SignatureStore.RecordRow record, string zh, string en) =>
        Refusal.Of("verify.signature", $"凭证 {record.VoucherId}：{zh}", $"voucher {record.VoucherId}: {en}");
}
