using QuyHoach.Documents.Registry.Columns;
using QuyHoach.Documents.Registry.Reading;
using QuyHoach.Domain.Eligibility;
using C = QuyHoach.Documents.Registry.Columns.CadreColumns;

namespace QuyHoach.Documents.Registry.Sheets;

/// <summary>Maps a row of sheet CanBo, with the checks that need more than one cell or the import day.</summary>
internal static class CadreSheet
{
    public static Mapped<CadreRow> Map(RowCells cells, ImportContext context)
    {
        var code = cells.Text(C.Code);
        var name = cells.Text(C.FullName);
        var sex = cells.Value(C.Sex);
        var birth = cells.Value(C.BirthDate);
        var party = cells.Value(C.PartyAdmission);
        var unit = cells.Text(C.UnitCode);
        var title = cells.Text(C.TitleCode);
        var titleSince = cells.Value(C.TitleSince);
        var theory = cells.Value(C.PoliticalTheory);
        var studying = cells.Value(C.StudyingPoliticalTheory) ?? false;
        var death = cells.Value(C.DeathDate);
        var transferred = cells.Value(C.TransferredOut);
        var row = new CadreRow(
            code ?? "", name ?? "", sex ?? default, birth ?? default, cells.Text(C.Ethnicity), cells.Text(C.HomeTown), party,
            unit ?? "", title, titleSince, cells.Text(C.Professional), theory ?? PoliticalTheoryLevel.None, studying,
            cells.Value(C.StateManagement) ?? StateManagementLevel.None, death, transferred, cells.Number)
        {
            PersonalIdNumber = PersonalIdNumber(cells, context, sex, birth),
            ScienceTechnology = cells.Value(C.ScienceTechnology) ?? false,
        };

        var born = birth is { } b ? ImportContext.Earliest(b) : (DateOnly?)null;
        NotAfterToday(cells, context, C.BirthDate, born, "Ngày sinh");
        NotAfterToday(cells, context, C.PartyAdmission, party, "Ngày vào Đảng");
        NotAfterToday(cells, context, C.TitleSince, titleSince, "Ngày giữ chức vụ");
        NotAfterToday(cells, context, C.DeathDate, death, "Ngày mất");
        NotBeforeBirth(cells, C.PartyAdmission, party, born, "Ngày vào Đảng");
        NotBeforeBirth(cells, C.DeathDate, death, born, "Ngày mất");
        NotBeforeBirth(cells, C.TransferredOut, transferred, born, "Ngày chuyển công tác");
        if (titleSince is not null && cells.IsBlank(C.TitleCode))
        {
            cells.Report(C.TitleSince, "Có Ngày giữ chức vụ nhưng không có Mã chức vụ hiện tại");
        }

        if (studying && (cells.IsBlank(C.PoliticalTheory) || theory == PoliticalTheoryLevel.None))
        {
            cells.Report(C.StudyingPoliticalTheory, "Đang học LLCT là Có nhưng cột Lý luận chính trị chưa ghi trình độ đang học");
        }

        Known(cells, C.UnitCode, unit, context.Known.Units, "đơn vị");
        Known(cells, C.TitleCode, title, context.Known.Titles, "chức vụ");
        return new Mapped<CadreRow>(row, code);
    }

    /// <summary>R-PIN-1 against the row's own sex and birth year; R-PIN-2: a number on one row of the file only.</summary>
    private static string? PersonalIdNumber(RowCells cells, ImportContext context, Domain.Common.Sex? sex, Domain.Common.PartialDate? birth)
    {
        var number = Domain.Identification.PersonalIdNumber.Normalise(cells.Text(C.PersonalIdNumber));
        if (number is null || sex is null || birth is null)
        {
            return number;
        }

        if (Domain.Identification.PersonalIdNumber.Problem(number, sex.Value, birth.Value.Year) is { } problem)
        {
            cells.Report(C.PersonalIdNumber, $"Số định danh cá nhân không đúng: {problem}");
        }
        else if (!context.PersonalIdRows.TryAdd(number, cells.Number))
        {
            cells.Report(C.PersonalIdNumber, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Số định danh cá nhân {number} trùng với dòng {context.PersonalIdRows[number]}: mỗi người chỉ có một số"));
        }

        return number;
    }

    private static void NotAfterToday(RowCells cells, ImportContext context, RegistryColumn column, DateOnly? date, string label)
    {
        if (date > context.Today)
        {
            cells.Report(column, $"{label} {ImportContext.Text(date.Value)} sau ngày nhập {context.TodayText}");
        }
    }

    private static void NotBeforeBirth(RowCells cells, RegistryColumn column, DateOnly? date, DateOnly? born, string label)
    {
        if (date < born)
        {
            cells.Report(column, $"{label} {ImportContext.Text(date.Value)} trước ngày sinh");
        }
    }

    private static void Known(RowCells cells, RegistryColumn column, string? code, IReadOnlySet<string>? known, string kind)
    {
        if (code is not null && known is not null && !known.Contains(code))
        {
            cells.Report(column, $"Mã {kind} {code} chưa có trong danh mục {kind} của hệ thống");
        }
    }
}
