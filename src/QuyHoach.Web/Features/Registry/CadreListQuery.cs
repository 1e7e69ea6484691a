using QuyHoach.Domain.Evaluation;

namespace QuyHoach.Web.Features.Registry;

/// <summary>The cadre list filters as typed in a URL or an API query string; <see cref="Parse"/> checks them.</summary>
public sealed record CadreListFilter(
    string? Search = null,
    string? OrganisationId = null,
    string? TitleId = null,
    string? Sex = null,
    string? AgeBand = null,
    string? PoliticalTheory = null,
    string? Rating = null,
    string? Page = null,
    string? MissingPersonalIdNumber = null)
{
    /// <summary>The checked query, or Vietnamese messages keyed by filter name.</summary>
    public (CadreListQuery Query, Dictionary<string, string[]> Errors) Parse()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Guid? organisation = ParseGuid(OrganisationId, "organisationId", "Đơn vị không hợp lệ.", errors);
        Guid? title = ParseGuid(TitleId, "titleId", "Chức danh không hợp lệ.", errors);
        Sex? sex = null;
        if (!string.IsNullOrWhiteSpace(Sex))
        {
            sex = RegistryCodes.TryParseSex(Sex, out var s) ? s : Fail<Sex>(errors, "sex", "Giới tính phải là \"nam\" hoặc \"nu\".");
        }

        var band = string.IsNullOrWhiteSpace(AgeBand) ? null : Registry.AgeBand.Find(AgeBand);
        if (!string.IsNullOrWhiteSpace(AgeBand) && band is null)
        {
            errors["ageBand"] = ["Nhóm tuổi không hợp lệ."];
        }

        PoliticalTheoryLevel? theory = null;
        if (!string.IsNullOrWhiteSpace(PoliticalTheory))
        {
            theory = RegistryCodes.TryParsePoliticalTheory(PoliticalTheory, out var t) ? t : Fail<PoliticalTheoryLevel>(errors, "politicalTheory", "Trình độ lý luận chính trị không hợp lệ.");
        }

        Rating? rating = null;
        if (!string.IsNullOrWhiteSpace(Rating))
        {
            rating = RegistryCodes.TryParseRating(Rating, out var r) ? r : Fail<Rating>(errors, "rating", "Xếp loại phải là HTXSNV, HTTNV, HTNV hoặc KHTNV.");
        }

        var page = 1;
        if (!string.IsNullOrWhiteSpace(Page) && (!int.TryParse(Page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out page) || page < 1))
        {
            errors["page"] = ["Số trang phải là số nguyên dương."];
            page = 1;
        }
        else if (page > CadreListQuery.MaxPage)
        {
            // Past any list (the registry's pages stop far earlier); unchecked, (page - 1) * 25 overflowed into a negative OFFSET.
            errors["page"] = [$"Số trang tối đa là {CadreListQuery.MaxPage.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))}."];
            page = 1;
        }

        // "thiếu số định danh": records to complete (R-PIN-2); any value but blank or "0" asks for them.
        var missing = !string.IsNullOrWhiteSpace(MissingPersonalIdNumber) && MissingPersonalIdNumber.Trim() is not ("0" or "false");
        var query = new CadreListQuery(VietnameseText.Fold(Search), organisation, title, sex, band, theory, rating, page, missing);
        return (query, errors);
    }

    private static Guid? ParseGuid(string? text, string key, string message, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Guid.TryParse(text, out var id))
        {
            return id;
        }

        errors[key] = [message];
        return null;
    }

    private static T? Fail<T>(Dictionary<string, string[]> errors, string key, string message)
        where T : struct
    {
        errors[key] = [message];
        return null;
    }
}

/// <summary>A checked cadre list query; <see cref="FoldedSearch"/> is already folded (no diacritics, lower case).</summary>
public sealed record CadreListQuery(
    string FoldedSearch,
    Guid? OrganisationId,
    Guid? TitleId,
    Sex? Sex,
    AgeBand? AgeBand,
    PoliticalTheoryLevel? PoliticalTheory,
    Rating? Rating,
    int Page,
    bool MissingPersonalIdNumber = false)
{
    public const int PageSize = 25;

    /// <summary>The last page anyone may ask for: 250,000 cadres, more than a province's registry holds.</summary>
    public const int MaxPage = 10_000;
}

/// <summary>One row of the cadre list.</summary>
public sealed record CadreListItem(
    Guid Id,
    string Code,
    string FullName,
    string Sex,
    string Birth,
    int Age,
    string Organisation,
    string? Title,
    string PoliticalTheory,
    string? LatestRating);

/// <summary>One page of the cadre list with the total count.</summary>
public sealed record CadreListPage(IReadOnlyList<CadreListItem> Items, int Total, int Page, int PageSize, bool TotalIsLowerBound = false)
{
    /// <summary>Counting stops here: past it the list says "hơn 1.000", and counting every match of a broad search
    /// (two letters, a common family name) over 100,000 cadres would cost more than the page itself.</summary>
    public const int CountLimit = 1000;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
