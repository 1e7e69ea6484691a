namespace QuyHoach.Web.Features.Admin;

/// <summary>
/// The confirmation shown after a change succeeded and the browser was redirected (post, redirect, get): the
/// address carries a short code, never free text, so a link cannot make the page say something else.
/// </summary>
public static class AdminMessages
{
    public const string Created = "da-tao";
    public const string AccessSaved = "da-luu";
    public const string Unlocked = "da-mo-khoa";
    public const string Disabled = "da-tat";
    public const string Enabled = "da-bat";
    public const string PasswordReset = "da-dat-lai-mat-khau";

    public static string? Describe(string? code) => code switch
    {
        Created => "Đã tạo tài khoản.",
        AccessSaved => "Đã lưu vai trò và phạm vi.",
        Unlocked => "Đã mở khóa tài khoản.",
        Disabled => "Đã tắt đăng nhập của tài khoản.",
        Enabled => "Đã cho phép tài khoản đăng nhập lại.",
        PasswordReset => "Đã đặt mật khẩu tạm thời. Người dùng phải đổi mật khẩu ở lần đăng nhập sau.",
        _ => null,
    };
}
