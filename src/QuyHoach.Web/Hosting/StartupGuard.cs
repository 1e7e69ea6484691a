using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using QuyHoach.Data.Postgres;

namespace QuyHoach.Web.Hosting;

/// <summary>
/// Runs the app and turns the problems a person can fix (port in use, database unreachable, data folder not
/// writable, corrupt cluster) into one Vietnamese line on stderr and exit code 1, never a stack trace.
/// </summary>
public static class StartupGuard
{
    public static async Task<int> RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Lifetime.ApplicationStarted.Register(() => PrintBanner(app));
        try
        {
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (StartupProblemException ex)
        {
            await Console.Error.WriteLineAsync("LỖI KHỞI ĐỘNG: " + ex.Message).ConfigureAwait(false);
            return 1;
        }
        catch (IOException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse }
                                     || ex.GetType().Name == "AddressInUseException" || ex.InnerException?.GetType().Name == "AddressInUseException")
        {
            await Console.Error.WriteLineAsync(
                $"LỖI KHỞI ĐỘNG: cổng đã được một chương trình khác sử dụng ({ex.Message}). Hãy dừng chương trình đó hoặc chọn cổng khác, ví dụ: QUYHOACH_PORT=5081 ./run").ConfigureAwait(false);
            return 1;
        }
    }

    private static void PrintBanner(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine("QuyHoach đã sẵn sàng. Mở trình duyệt tại địa chỉ: " + string.Join(", ", addresses));
        if (Documents.Pdf.VietnameseFontResolver.Installed() is null)
        {
            // ./run installs it; a deployment made by hand may not have: no chart is drawn (the pages show its table) and no PDF made.
            Console.WriteLine($"CẢNH BÁO: máy chưa có phông chữ tiếng Việt của biểu đồ và PDF; các trang báo cáo chỉ hiện bảng số liệu và tệp PDF không tạo được. Hãy cài gói {Documents.Pdf.VietnameseFontResolver.Package} rồi khởi động lại.");
        }

        if (app.Configuration.GetValue("QuyHoach:SeedDemo", true))
        {
            Console.WriteLine("Tài khoản dùng thử (mật khẩu chung: " + DemoSeeder.DemoPassword + "):");
            foreach (var account in DemoSeeder.Accounts)
            {
                Console.WriteLine($"  {account.UserName,-12} {account.FullName} · {Data.Identity.AppRoles.DisplayName(account.Role)}");
            }

            Console.WriteLine("Lãnh đạo và quản trị cần thêm mã xác thực hai lớp: thêm khóa " + DemoSeeder.DemoAuthenticatorKey + " vào ứng dụng xác thực.");
        }

        Console.WriteLine(HostingSetup.LogsToConsole(app.Configuration)
            ? "Nhật ký hoạt động ghi ra màn hình này (QUYHOACH_LOG=console)."
            : "Nhật ký hoạt động ghi vào thư mục " + HostingSetup.LogFolder(app.Configuration) + " (đặt QUYHOACH_LOG=console để ghi ra màn hình).");
        Console.WriteLine("Nhấn Ctrl+C để dừng.");
        Console.WriteLine();
    }
}
