using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data;
using QuyHoach.Web.Features.Facts;

namespace QuyHoach.Web.Tests.Reports;

/// <summary>
/// The quality report reads only a cadre's qualifications (CadreFactsReader.ReadQualificationsAsync: five histories,
/// only the columns counted); they must be the full facts' own, for every cadre of the demo and of the quality report's
/// hand-counted unit, on days before, within and after their histories (levels dated by certificate, ratings of the
/// years before the day's year, conclusions dated on or before the day, political theory being studied).
/// </summary>
public sealed class QualityQualificationsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Qualifications_EveryCadre_EqualTheFullFacts()
    {
        await ReportPipelineSql.EnsureAsync(fixture.App);
        using var scope = fixture.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
        var ids = await db.Cadres.AsNoTracking().Select(c => c.Id).ToListAsync();
        var (levels, ratings, studying, older) = (0, 0, 0, 0);
        foreach (var day in new[] { new DateOnly(2024, 1, 1), new DateOnly(2026, 6, 1), DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)) })
        {
            var full = await CadreFactsReader.ReadAsync(db, ids, day, CancellationToken.None);
            var read = await CadreFactsReader.ReadQualificationsAsync(db, ids, day, CancellationToken.None);
            // As the quality report reads them: only the ratings of its years (the three before the day's year).
            var recent = await CadreFactsReader.ReadQualificationsAsync(db, ids, day, CancellationToken.None, day.Year - 3);

            Assert.Equal(full.Keys.Order(), read.Keys.Order());
            foreach (var (id, cadre) in full)
            {
                var (f, q) = (cadre.Facts, read[id]);
                Assert.True(
                    (f.PoliticalTheory, f.StudyingPoliticalTheory, f.Professional, f.StateManagement, f.PoliticalStandard) == (q.PoliticalTheory, q.StudyingPoliticalTheory, q.Professional, q.StateManagement, q.PoliticalStandard),
                    $"{id} on {day}: {f} ≠ {q}");
                // The ratings are a set (the registry keeps them in no order): compared year by year.
                Assert.Equal(f.Ratings.OrderBy(r => r.Year).ThenBy(r => r.Rating), q.Ratings.OrderBy(r => r.Year).ThenBy(r => r.Rating));
                Assert.Equal(f.Ratings.Where(r => r.Year >= day.Year - 3).OrderBy(r => r.Year).ThenBy(r => r.Rating), recent[id].Ratings.OrderBy(r => r.Year).ThenBy(r => r.Rating));
                Assert.Equal(q with { Ratings = [] }, recent[id] with { Ratings = [] });
                older += q.Ratings.Count(r => r.Year < day.Year - 3);
                levels += q.PoliticalTheory != Domain.Eligibility.PoliticalTheoryLevel.None || q.Professional != Domain.Eligibility.ProfessionalLevel.None ? 1 : 0;
                ratings += q.Ratings.Count;
                studying += q.StudyingPoliticalTheory is null ? 0 : 1;
            }
        }

        // Not a comparison of empty histories: the demo and the fixture hold levels, ratings and a cadre studying.
        Assert.True(ids.Count > 50 && levels > 0 && ratings > 0 && studying > 0, $"{ids.Count} cadres, {levels} with a level, {ratings} ratings, {studying} studying");
        // And ratings older than the report's years exist, so leaving them out is tested, not assumed.
        Assert.True(older > 0, $"{older} ratings older than three years");
    }
}
