using Microsoft.AspNetCore.Mvc;

namespace QuyHoach.Web.Features.Api;

/// <summary>
/// The Vietnamese title and detail of every problem body, so that the framework's own answers (a route that does not
/// exist, a method the route does not take, a body that is not JSON, an unhandled exception) read like ours. Applied
/// to each ProblemDetails as it is written: our own title and detail are kept, the framework's English ones replaced.
/// </summary>
public static class ApiProblemTexts
{
    /// <summary>The framework's default titles (ProblemDetailsDefaults, ValidationProblemDetails).</summary>
    private static readonly HashSet<string> EnglishTitles = new(StringComparer.Ordinal)
    {
        "Bad Request", "Unauthorized", "Forbidden", "Not Found", "Method Not Allowed", "Not Acceptable", "Conflict",
        "Payload Too Large", "Request Entity Too Large", "Content Too Large", "Unsupported Media Type", "Unprocessable Entity",
        "Unprocessable Content", "Too Many Requests", "Internal Server Error", "Service Unavailable",
        "An error occurred while processing your request.", "One or more validation errors occurred.",
    };

    /// <summary>What a 503 says (ApiExceptionHandler.StatusFor: only a missing font), on the API and on the error page.</summary>
    public const string FontMissingText = "Máy chủ chưa cài phông chữ tiếng Việt nên chưa tạo được tệp PDF hay vẽ được biểu đồ; không có gì bị thay đổi. " +
        "Hãy báo quản trị hệ thống cài gói " + Documents.Pdf.VietnameseFontResolver.Package + " (trang Tình trạng hệ thống cho biết).";

    public static (string Title, string Detail) For(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ("Yêu cầu không hợp lệ", "Không đọc được yêu cầu: nội dung JSON sai cú pháp, sai kiểu dữ liệu hoặc thiếu trường bắt buộc."),
        StatusCodes.Status401Unauthorized => ("Chưa đăng nhập", "Hãy đăng nhập (cookie phiên làm việc) trước khi gọi API."),
        StatusCodes.Status403Forbidden => ("Không có quyền", "Vai trò của bạn không được phép thực hiện thao tác này."),
        StatusCodes.Status404NotFound => ("Không tìm thấy", "Không có tài nguyên nào ở địa chỉ này của API."),
        StatusCodes.Status405MethodNotAllowed => ("Phương thức không được hỗ trợ", "Địa chỉ này của API không nhận phương thức HTTP đã gửi."),
        StatusCodes.Status409Conflict => ("Xung đột dữ liệu", StaleRecord.Message),
        StatusCodes.Status413PayloadTooLarge => ("Yêu cầu quá lớn", "Nội dung gửi lên vượt quá dung lượng cho phép."),
        StatusCodes.Status415UnsupportedMediaType => ("Kiểu nội dung không được hỗ trợ", "Hãy gửi nội dung JSON với tiêu đề Content-Type: application/json."),
        StatusCodes.Status422UnprocessableEntity => ("Không xử lý được", "Dữ liệu gửi lên đúng cú pháp nhưng không xử lý được."),
        StatusCodes.Status429TooManyRequests => ("Quá nhiều yêu cầu", "Bạn đã gửi quá nhiều yêu cầu; hãy đợi một lát rồi thử lại."),
        StatusCodes.Status503ServiceUnavailable => ("Máy chủ thiếu phông chữ", FontMissingText),
        >= 500 => ("Lỗi hệ thống", "Hệ thống gặp sự cố khi xử lý yêu cầu; thay đổi chưa được ghi. Hãy thử lại; nếu lỗi lặp lại, báo cho quản trị hệ thống kèm mã tra cứu (traceId)."),
        _ => ("Yêu cầu không thực hiện được", $"Yêu cầu không thực hiện được (mã {status})."),
    };

    /// <summary>ProblemDetailsOptions.CustomizeProblemDetails: Vietnamese where the framework wrote English or nothing.</summary>
    public static void Apply(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        var (title, detail) = For(problem.Status ?? context.HttpContext.Response.StatusCode);
        if (problem.Title is null || EnglishTitles.Contains(problem.Title))
        {
            problem.Title = title;
        }

        problem.Detail ??= detail;
    }

    /// <summary>Writes the problem body of <paramref name="status"/> with the texts above.</summary>
    public static async Task WriteAsync(HttpContext context, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = { Status = status } }).ConfigureAwait(false);
    }
}
