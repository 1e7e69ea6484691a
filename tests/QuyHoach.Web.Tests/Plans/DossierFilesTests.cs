using System.Net;
using System.Security.Cryptography;
using static QuyHoach.Web.Tests.Plans.PlansDriver;

namespace QuyHoach.Web.Tests.Plans;

/// <summary>Closing a round opens one dossier per proposed cadre; files are checked by content, hashed, and every download is audited (R-DOS-1).</summary>
public sealed class DossierFilesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Dossier_UploadsRefusalsAndAuditedDownload()
    {
        var plans = await StartAsync(fixture.App);
        var roundId = await plans.CloseSeed001Async();

        // One dossier per proposed cadre of the closed round, for the title proposed.
        var list = await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/rounds/{roundId}/dossiers");
        Assert.Equal(
            ["SCT-0015 SCT-TP False", "SCT-0016 SCT-TP False"],
            list.GetProperty("dossiers").EnumerateArray().Select(d => $"{d.GetProperty("cadreCode").GetString()} {d.GetProperty("titleCode").GetString()} {d.GetProperty("complete").GetBoolean()}").Order());
        var dossierId = (await plans.DossiersAsync(roundId))["SCT-0015"];

        var files = new (int Item, string Name, byte[] Bytes, string Type)[]
        {
            (1, "to-trinh.pdf", Pdf("tờ trình"), "application/pdf"),
            (2, "so-yeu-ly-lich.png", Png(), "image/png"),
            (3, "nhan-xet.pdf", Pdf("nhận xét"), "application/pdf"),
            (4, "ket-luan-tccT.pdf", Pdf("kết luận"), "application/pdf"),
            (5, "ke-khai.pdf", Pdf("kê khai"), "application/pdf"),
            (6, "bang-cap.docx", Docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        };
        foreach (var (item, name, bytes, type) in files)
        {
            var (status, view) = await UploadAsync(plans.Staff, dossierId, item, "01/06/2022", name, bytes);
            Assert.True(status == HttpStatusCode.Created, view.ToString());
            var file = Assert.Single(view.GetProperty("items")[item - 1].GetProperty("files").EnumerateArray());
            Assert.Equal(
                (name, type, (long)bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), "2022-06-01"),
                (file.GetProperty("fileName").GetString(), file.GetProperty("contentType").GetString(), file.GetProperty("sizeBytes").GetInt64(), file.GetProperty("sha256").GetString(), file.GetProperty("documentDate").GetString()));
        }

        var complete = await plans.Staff.OkAsync(HttpMethod.Get, $"/api/v1/dossiers/{dossierId}");
        Assert.True(complete.GetProperty("complete").GetBoolean());
        Assert.Equal(6, await plans.CountAsync("dossier_documents"));

        // Refused files change nothing.
        var refused = new (string Name, byte[] Bytes, string Message)[]
        {
            ("to-trinh.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], "Tệp \"to-trinh.pdf\" không đúng định dạng. Chỉ nhận tệp PDF, ảnh (PNG, JPEG) hoặc Word (.docx), tối đa 10 MB."),
            ("rong.pdf", [], "Tệp rỗng: hãy chọn tệp cần tải lên."),
            ("qua-lon.pdf", [.. Pdf("x"), .. new byte[10 * 1024 * 1024]], "Tệp quá lớn. Chỉ nhận tệp PDF, ảnh (PNG, JPEG) hoặc Word (.docx), tối đa 10 MB."),
            ("to-trinh.txt", Pdf("x"), "Tệp \"to-trinh.txt\" không đúng định dạng. Chỉ nhận tệp PDF, ảnh (PNG, JPEG) hoặc Word (.docx), tối đa 10 MB."),
            ("bang-cap.docx", Pdf("x"), "Tệp \"bang-cap.docx\" không đúng định dạng. Chỉ nhận tệp PDF, ảnh (PNG, JPEG) hoặc Word (.docx), tối đa 10 MB."),
        };
        foreach (var (name, bytes, message) in refused)
        {
            var (status, problem) = await UploadAsync(plans.Staff, dossierId, 1, "01/06/2022", name, bytes);
            Assert.True(status == HttpStatusCode.BadRequest, $"{name}: {(int)status} {problem}");
            Assert.Equal(message, problem.GetProperty("detail").GetString());
        }

        var (badItem, _) = await UploadAsync(plans.Staff, dossierId, 7, "01/06/2022", "x.pdf", Pdf("x"));
        Assert.Equal(HttpStatusCode.BadRequest, badItem);
        Assert.Equal(6, await plans.CountAsync("dossier_documents"));
        Assert.Equal(6, await plans.App.AuditCountAsync("dossier.document_uploaded"));

        // Download: the same bytes, and one dossier.file_viewed event naming the file.
        var png = complete.GetProperty("items")[1].GetProperty("files")[0];
        Assert.Equal(0, await plans.App.AuditCountAsync("dossier.file_viewed"));
        using var response = await plans.Staff.Http.GetAsync(new Uri($"/api/v1/dossiers/{dossierId}/documents/{png.GetProperty("id").GetGuid()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Png(), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(1, await plans.App.AuditCountAsync("dossier.file_viewed"));
        Assert.Contains(png.GetProperty("sha256").GetString()!, await plans.App.LatestAuditAfterAsync("dossier.file_viewed"), StringComparison.Ordinal);

        using var missing = await plans.Staff.Http.GetAsync(new Uri($"/api/v1/dossiers/{dossierId}/documents/{Guid.NewGuid()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(1, await plans.App.AuditCountAsync("dossier.file_viewed"));
    }
}
