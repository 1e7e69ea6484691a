using QuyHoach.Data.Migrations;

namespace QuyHoach.Cli.Commands.Generate;

/// <summary>
/// <c>qh generate --cadres N --seed S</c>: a national-sized synthetic registry (34 provinces, their sở and xã,
/// titles, cadres with histories, ratings, disciplines, plans and rounds) written with binary COPY, for the national
/// benchmarks (bench/national.sh). The database is migrated first.
/// </summary>
public sealed class GenerateCommand : ICliCommand
{
    public string Name => "generate";

    public string Summary => "Tạo sổ cán bộ tổng hợp quy mô quốc gia (dữ liệu giả lập để đo hiệu năng).";

    public string Usage => """
        qh generate --cadres SỐ-CÁN-BỘ --seed HẠT-GIỐNG [--connection CHUỖI-KẾT-NỐI] [--data THƯ-MỤC]

        Tạo dữ liệu giả lập nhưng sát thực tế: 34 tỉnh, thành phố (từ 01/07/2025) với các sở, phòng, xã, phường;
        chức danh và đối tượng quy hoạch; cán bộ với họ tên tiếng Việt theo tần suất thực, quá trình công tác, trình độ,
        xếp loại 2022–2025, kỷ luật, kết luận tiêu chuẩn chính trị, quy hoạch và đợt rà soát. Cùng hạt giống cho cùng
        dữ liệu; không tạo lại hạt giống đã có trong cơ sở dữ liệu. Ghi bằng COPY nhị phân của PostgreSQL.
        Chỉ dùng cho cơ sở dữ liệu thử nghiệm, không dùng cho dữ liệu thật.
        Kết quả (JSON): {"cadres":2000,"seed":7,"rows":{"cadres":2000,…},"seconds":3.1}
        """;

    public async Task<int> RunAsync(CliArguments args, CliContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var cadres = args.RequiredInt("cadres", 1, 5_000_000);
        var seed = args.RequiredInt("seed", 0);
        var connection = args.Optional("connection");
        var data = args.Optional("data");
        args.EnsureAllUsed();
        try
        {
            await using var database = await CliDatabase.OpenAsync(connection, cancellationToken, create: true, dataFolder: data).ConfigureAwait(false);
            await MigrationRunner.MigrateAsync(database.OwnerConnectionString, database.AppRole, cancellationToken).ConfigureAwait(false);
            var summary = await RegistryGenerator.RunAsync(database.OwnerConnectionString, cadres, seed, cancellationToken).ConfigureAwait(false);
            context.WriteJson(new { cadres, seed, rows = summary.Rows, seconds = summary.Seconds });
            return CliApp.Success;
        }
        catch (Exception ex) when (ex is StartupProblemException or MigrationException or Npgsql.NpgsqlException or InvalidOperationException)
        {
            await context.Error.WriteLineAsync("Không tạo được dữ liệu: " + ex.Message).ConfigureAwait(false);
            return CliApp.Failure;
        }
    }
}
