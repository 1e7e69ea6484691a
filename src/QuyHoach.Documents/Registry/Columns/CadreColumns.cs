using QuyHoach.Domain.Eligibility;
using static QuyHoach.Documents.Registry.Parsing.CellParsers;

namespace QuyHoach.Documents.Registry.Columns;

/// <summary>Sheet <c>CanBo</c>: trích ngang cán bộ, one row per cadre, keyed by Mã cán bộ.</summary>
public static class CadreColumns
{
    public static readonly RegistryColumn<string> Code = new(
        "Mã cán bộ", true, "Mã duy nhất của cán bộ; là khóa khi nhập lại (cùng mã thì cập nhật, không tạo trùng). Chữ, số và - _ . /, không dấu cách.", "CB0001", Key, 14);

    public static readonly RegistryColumn<string> FullName = new(
        "Họ và tên", true, "Họ và tên đầy đủ, tiếng Việt có dấu (Unicode), không có chữ số.", "Nguyễn Thị Ánh", PersonName, 26);

    public static readonly RegistryColumn<Sex> Sex = new(
        "Giới tính", true, $"Một trong: {VietnameseTerms.Sex.Allowed}.", "Nữ", Term(VietnameseTerms.Sex), 10);

    public static readonly RegistryColumn<PartialDate> BirthDate = new(
        "Ngày sinh", true, "dd/MM/yyyy; nếu không rõ ngày thì MM/yyyy; nếu chỉ rõ năm thì yyyy. Không được sau ngày nhập.", "05/09/1975", DateParsers.Partial, 12);

    /// <summary>Số định danh cá nhân (R-PIN-1), checked against Giới tính and Ngày sinh by the row mapper.</summary>
    public static readonly RegistryColumn<string> PersonalIdNumber = new(
        "Số định danh cá nhân", false, "12 chữ số (số căn cước): 3 số mã tỉnh nơi đăng ký khai sinh, 1 số thế kỷ và giới tính, 2 số cuối năm sinh, 6 số ngẫu nhiên. Khớp với Giới tính và Ngày sinh; mỗi người một số, không trùng trong tệp và trong hệ thống. Để trống nếu chưa có (số đã ghi không bị xóa).", "036190012345", Text(20), 16);

    public static readonly RegistryColumn<string> Ethnicity = new(
        "Dân tộc", false, "Tên dân tộc.", "Kinh", Text(50), 10);

    public static readonly RegistryColumn<string> HomeTown = new(
        "Quê quán", false, "Xã/phường, tỉnh/thành phố.", "Xã Yên Phong, tỉnh Bắc Ninh", Text(200), 26);

    public static readonly RegistryColumn<DateOnly> PartyAdmission = new(
        "Ngày vào Đảng", false, "dd/MM/yyyy. Để trống nếu không phải đảng viên. Không trước ngày sinh, không sau ngày nhập.", "19/05/2000", DateParsers.Full, 14);

    public static readonly RegistryColumn<string> UnitCode = new(
        "Mã đơn vị", true, "Mã của cơ quan, đơn vị công tác (theo danh mục đơn vị trong hệ thống).", "SNV", Key, 12);

    public static readonly RegistryColumn<string> TitleCode = new(
        "Mã chức vụ hiện tại", false, "Mã chức danh đang giữ (theo danh mục chức danh). Để trống nếu là chuyên viên, không giữ chức vụ lãnh đạo.", "PGD-SNV", Key, 16);

    public static readonly RegistryColumn<DateOnly> TitleSince = new(
        "Ngày giữ chức vụ", false, "dd/MM/yyyy; chỉ ghi khi có Mã chức vụ hiện tại; không sau ngày nhập.", "01/07/2021", DateParsers.Full, 14);

    public static readonly RegistryColumn<string> Professional = new(
        "Trình độ chuyên môn", false, "Ghi như trong hồ sơ.", "Thạc sĩ Luật", Text(200), 20);

    public static readonly RegistryColumn<PoliticalTheoryLevel> PoliticalTheory = new(
        "Lý luận chính trị", false, $"Một trong: {VietnameseTerms.PoliticalTheory.Allowed}. Nếu đang học thì ghi trình độ đang học và ghi Có ở cột Đang học LLCT. Để trống là Chưa có.", "Cao cấp", Term(VietnameseTerms.PoliticalTheory), 14);

    public static readonly RegistryColumn<bool> StudyingPoliticalTheory = new(
        "Đang học LLCT", false, "Có hoặc Không (để trống là Không). Có: trình độ ở cột Lý luận chính trị là trình độ đang học.", "Không", YesNo, 12);

    public static readonly RegistryColumn<StateManagementLevel> StateManagement = new(
        "Quản lý nhà nước", false, $"Một trong: {VietnameseTerms.StateManagement.Allowed}.", "Chuyên viên chính", Term(VietnameseTerms.StateManagement), 18);

    public static readonly RegistryColumn<DateOnly> DeathDate = new(
        "Ngày mất", false, "dd/MM/yyyy; để trống nếu không. Không trước ngày sinh, không sau ngày nhập.", "", DateParsers.Full, 12);

    public static readonly RegistryColumn<DateOnly> TransferredOut = new(
        "Ngày chuyển công tác ra ngoài", false, "dd/MM/yyyy; ngày chuyển ra ngoài phạm vi quản lý; để trống nếu không. Không trước ngày sinh.", "", DateParsers.Full, 16);

    public static readonly RegistryColumn<bool> ScienceTechnology = new(
        "Trình độ khoa học, công nghệ", false, "Có hoặc Không (để trống là Không): cán bộ có trình độ khoa học, công nghệ, tính vào cơ cấu cán bộ quy hoạch.", "Không", YesNo, 14);

    public static readonly RegistrySheet Sheet = new("CanBo", "Cán bộ", true, [
        Code, FullName, Sex, BirthDate, Ethnicity, HomeTown, PartyAdmission, UnitCode, TitleCode, TitleSince,
        Professional, PoliticalTheory, StudyingPoliticalTheory, StateManagement, DeathDate, TransferredOut, PersonalIdNumber, ScienceTechnology]);
}
