namespace QuyHoach.Web.Features.Shell;

/// <summary>
/// The one message of an edit refused because the record changed since the user read it (optimistic concurrency):
/// the API's 409 detail, the edit pages' alert and Identity's concurrency failure all say exactly this.
/// </summary>
public static class StaleRecord
{
    public const string Message = "Bản ghi đã được người khác thay đổi, hãy tải lại rồi nhập lại thay đổi của bạn.";
}
