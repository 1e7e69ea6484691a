using QuyHoach.Data.Audit;

namespace QuyHoach.Cli.Commands;

/// <summary>
/// <c>qh audit verify</c>: checks the whole hash chain of the audit log (ADR 0005). Exit 0 when it holds, 1 when a
/// row was altered, removed or inserted out of band (the output names the first such row), the head recorded earlier
/// (<c>--head</c>, from <c>qh audit head</c>) is gone, or the database failed. Finds the database as
/// <c>qh db migrate</c> does.
/// </summary>
public sealed class AuditVerifyCommand : ICliCommand
{
    public string Name => "audit verify";

    public string Summary => "Kiểm tra toàn bộ chuỗi mã băm của nhật ký kiểm tra (phát hiện bản ghi bị sửa, xóa).";

    public string Usage => """
        qh audit verify [--head MÃ-BĂM:SỐ-BẢN-GHI] [--connection CHUỖI-KẾT-NỐI]

        Đọc mọi bản ghi của nhật ký kiểm tra theo thứ tự, tính lại mã băm của từng bản ghi và kiểm tra mỗi bản ghi
        nối tiếp đúng bản ghi trước nó và không ghi thời điểm sớm hơn bản ghi trước nó. Bản ghi bị sửa, bị xóa hay
        bị chèn ngoài ứng dụng đều làm đứt chuỗi.
        --head: mốc đã ghi lại trước đó bằng qh audit head; bản ghi thứ SỐ-BẢN-GHI phải còn và mang đúng MÃ-BĂM
        (phát hiện việc xóa các bản ghi mới nhất, điều mà chuỗi tự nó không cho thấy).

        Cơ sở dữ liệu: --connection, hoặc biến môi trường ConnectionStrings__QuyHoach; nếu không có, dùng cụm
        PostgreSQL riêng trong thư mục QUYHOACH_DATA (mặc định ./.data).
        Kết quả (JSON): {"valid":true,"records":120}
                   hoặc {"valid":false,"records":120,"firstBrokenId":57,"reason":"…"} với mã thoát 1;
                   với --head thêm "headMatches":true|false.
        """;

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var option = args.Optional("connection");
        var headText = args.Optional("head");
        args.EnsureAllUsed();
        var head = headText is null ? null : AuditChainHead.TryParse(headText)
            ?? throw new CliUsageException($"Tham số --head phải có dạng MÃ-BĂM:SỐ-BẢN-GHI (64 chữ số hex, dấu hai chấm, số nguyên) như qh audit head in ra (đã nhận \"{headText}\").");
        return await CliDatabase.RunAsync(option, context, "Không kiểm tra được nhật ký kiểm tra: ", async database =>
        {
            var report = await AuditChainVerifier.VerifyAsync(database.OwnerConnectionString, head, cancellationToken).ConfigureAwait(false);
            context.WriteJson(new { valid = report.Valid, records = report.Records, firstBrokenId = report.FirstBrokenId, headMatches = report.HeadMatches, reason = report.Reason });
            return report.Valid ? CliApp.Success : CliApp.Failure;
        }, cancellationToken).ConfigureAwait(false);
    }
}
