using QuyHoach.Data.Migrations;

namespace QuyHoach.Cli.Commands;

/// <summary>
/// <c>qh db migrate</c>: applies the SQL migrations exactly as the app does at start (same runner, same advisory
/// lock). Uses <c>ConnectionStrings__QuyHoach</c>, or the private cluster under <c>QUYHOACH_DATA</c> (default
/// <c>./.data</c>), which it starts and stops again if it was not running.
/// </summary>
public sealed class DbMigrateCommand : ICliCommand
{
    public string Name => "db migrate";

    public string Summary => "Áp dụng các bản chuyển đổi cơ sở dữ liệu còn thiếu (như khi ứng dụng khởi động).";

    public string Usage => """
        qh db migrate [--connection CHUỖI-KẾT-NỐI]

        Áp dụng các bản chuyển đổi SQL theo thứ tự phiên bản, mỗi bản trong một giao dịch, ghi vào bảng
        schema_history, dưới khóa tư vấn (advisory lock) của PostgreSQL nên chạy đồng thời với ứng dụng vẫn an toàn.

        Cơ sở dữ liệu: --connection, hoặc biến môi trường ConnectionStrings__QuyHoachMigrations (vai trò chủ sở hữu;
        sau khi chuyển đổi, vai trò của ConnectionStrings__QuyHoach được cấp lại quyền), hoặc ConnectionStrings__QuyHoach;
        nếu không có, dùng cụm PostgreSQL riêng trong thư mục QUYHOACH_DATA (mặc định ./.data), với vai trò chủ sở hữu.
        Kết quả (JSON): {"applied":[1,2],"upToDate":false}
        """;

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await CliDatabase.RunAsync(args, context, "Không áp dụng được bản chuyển đổi: ", async database =>
        {
            var applied = await MigrationRunner.MigrateAsync(database.OwnerConnectionString, database.AppRole, cancellationToken).ConfigureAwait(false);
            context.WriteJson(new { applied, upToDate = applied.Count == 0 });
            return CliApp.Success;
        }, cancellationToken, create: true).ConfigureAwait(false);
    }
}
