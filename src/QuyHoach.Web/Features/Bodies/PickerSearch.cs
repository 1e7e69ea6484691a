namespace QuyHoach.Web.Features.Bodies;

/// <summary>
/// The matches of the plain search form under a cadre picker (the page without script), asked of the same query as
/// /api/v1/cadre-choices. In its own scope: the conference page's sections render side by side and must not share
/// the request's DbContext while it is in use.
/// </summary>
public static class PickerSearch
{
    public static async Task<IReadOnlyList<CadreChoice>> FindAsync(IServiceScopeFactory scopes, ClaimsPrincipal? user, string? text)
    {
        if (user is null || string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        await using var scope = scopes.CreateAsyncScope();
        var access = await scope.ServiceProvider.GetRequiredService<AccessResolver>().ForAsync(user, CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<CadrePickerQuery>().HandleAsync(access, text, CancellationToken.None);
    }

    /// <summary>The label of one choice: name, birth year, title and unit tell two namesakes apart.</summary>
    public static string Label(CadreChoice c) => $"{c.FullName} (sinh năm {c.BirthYear}) · {CadrePosts.Label(c.Title, c.Unit)}";
}
