using QuyHoach.Data.Audit;

namespace QuyHoach.Cli.Commands;

/// <summary>
/// <c>qh audit head</c>: the newest hash of the audit log and how many rows it holds, as <c>HASH:COUNT</c>, to be
/// written down or sent outside the database; <c>qh audit verify --head HASH:COUNT</c> later proves that no row up to
/// that one was removed (ADR 0005, docs/security.md). Finds the database as <c>qh audit verify</c> does.
/// </summary>
public sealed class AuditHeadCommand : ICliCommand
{
    public string Name => "audit head";

    public string Summary => "In mốc hiện tại của nhật ký kiểm tra (mã băm mới nhất và số bản ghi) để lưu ra ngoài CSDL.";

    public string Usage => """
        qh audit head [--connection CHUỖI-KẾT-NỐI]

        In mã băm của bản ghi mới nhất trong nhật ký kiểm tra và số bản ghi. Hãy lưu mốc này ở nơi khác ngoài máy chủ
        CSDL (sổ vận hành, thư gửi đi…); sau này qh audit verify --head MÃ-BĂM:SỐ-BẢN-GHI phát hiện nếu các bản ghi
        đến mốc đó đã bị xóa hay viết lại, kể cả bởi người có quyền tắt trigger.

        Cơ sở dữ liệu: như qh audit verify.
        Kết quả (JSON): {"head":"<mã băm>:120","hash":"<mã băm>","count":120}
        """;

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await CliDatabase.RunAsync(args, context, "Không đọc được mốc của nhật ký kiểm tra: ", async database =>
        {
            var head = await AuditChainHead.ReadAsync(database.OwnerConnectionString, cancellationToken).ConfigureAwait(false);
            context.WriteJson(new { head = head.ToString(), hash = head.Hash, count = head.Count });
            return CliApp.Success;
        }, cancellationToken).ConfigureAwait(false);
    }
}
