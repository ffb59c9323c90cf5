using Ledger.Core.Periods;

namespace Ledger.Core.Print;

/// <summary>凭证封面: the cover a month's bound vouchers carry.</summary>
/// <param name="FirstNumber">The first voucher's 字号 (记-1); the last is <paramref name="LastNumber"/>.</param>
/// <param name="VoucherCount">张数: the vouchers bound.</param>
/// <param name="AttachmentCount">附件张数: the source documents attached to them.</param>
/// <param name="VolumeCount">册数: the volumes the month is bound in.</param>
public sealed record VoucherCover(
    string Unit,
    Month Month,
    string FirstNumber,
    string LastNumber,
    int VoucherCount,
    int AttachmentCount,
    int VolumeCount,
    IReadOnlyList<PrintedSignature> Signatures);
