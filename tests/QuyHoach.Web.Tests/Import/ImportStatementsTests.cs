using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QuyHoach.Data;
using QuyHoach.Data.Audit;
using QuyHoach.Data.Identity;
using QuyHoach.Data.Registry;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Import;

/// <summary>
/// An import's new cadres and their histories are written by COPY (NewRowsCopy): the INSERT statements EF sends do not
/// grow with the rows (the audit events only), while every row, its folded search name, the audit trail of the batch
/// and idempotence (the same file again changes nothing) stay as they were. Counted from EF's own command events for
/// this test's database, not timed.
/// </summary>
public sealed partial class ImportStatementsTests
{
    private const int Cadres = 300;

    [Fact]
    public async Task ThreeHundredNewCadres_FewInsertStatements_RowsAuditAndIdempotenceKept()
    {
        await using var app = await QuyHoachAppFactory.CreateAsync();
        var client = await app.SignInAsAsync(AppRoles.Staff);
        string[] given = ["An", "Bình", "Cường", "Dũng", "Hà", "Lan"];
        var files = new RegistryFiles();
        for (var i = 1; i <= Cadres; i++)
        {
            files.Cadre($"SLT-{i:D4}", $"Nguyễn Văn {given[i % given.Length]}").Evaluation($"SLT-{i:D4}", 2025, "HTTNV");
        }

        var file = files.Build();
        IReadOnlyList<string> statements;
        using (var log = StatementLog.Start(app))
        {
            var response = await ImportRequests.PostApiAsync(client, file);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(Cadres, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cadresCreated").GetInt32());
            statements = log.Texts;
        }

        var inserts = statements.Sum(t => Insert().Count(t));
        var scopeCodeReads = statements.Sum(t => EveryCodeOfTheScope().Count(t));
        var fileCodeChecks = statements.Sum(t => FileCodesElsewhere().Count(t));
        Assert.True(inserts < 10, $"{inserts} INSERT statements for {Cadres} new cadres");
        // Every rating row names a cadre of the workbook's own CanBo sheet: the codes of the whole scope (a million
        // for a national account) are not read (CadreCodesOnDemand).
        Assert.Equal(0, scopeCodeReads);
        // The file's codes are resolved against the registry once: the API's applier takes the validator's (246 ms for
        // 20,000 codes at national scope, bench/README.md), not a second read.
        Assert.Equal(1, fileCodeChecks);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>();
            Assert.Equal(Cadres, await db.Cadres.CountAsync(c => c.Code.StartsWith("SLT-")));
            Assert.Equal(Cadres, await db.Set<EvaluationRecord>().CountAsync(e => db.Cadres.Any(c => c.Id == e.CadreId && c.Code.StartsWith("SLT-"))));
            Assert.Equal(Cadres, await db.Set<Assignment>().CountAsync(a => a.To == null && db.Cadres.Any(c => c.Id == a.CadreId && c.Code.StartsWith("SLT-"))));
            Assert.Equal("nguyen van binh", await db.Cadres.Where(c => c.Code == "SLT-0001").Select(c => c.SearchName).SingleAsync());
        }

        Assert.Contains("SLT-0300", await app.LatestAuditAfterAsync(AuditAction.CadresImported.Code), StringComparison.Ordinal);
        var again = await (await ImportRequests.PostApiAsync(client, file)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, again.GetProperty("changes").GetInt32());
        Assert.Equal(Cadres, again.GetProperty("cadresUnchanged").GetInt32());
    }

    [GeneratedRegex(@"\bINSERT INTO\b", RegexOptions.IgnoreCase)]
    private static partial Regex Insert();

    /// <summary>ImportCodes' check of the file's codes against every cadre (in or out of the user's scope).</summary>
    [GeneratedRegex(@"AS ""OrganisationId""\s+FROM cadres AS c\s+WHERE upper\(c\.code\) = ANY", RegexOptions.IgnoreCase)]
    private static partial Regex FileCodesElsewhere();

    /// <summary>The reader's known codes: every code of the user's scope, not only some (no code in the condition).</summary>
    [GeneratedRegex(@"^SELECT c\.code\s+FROM cadres AS c(?![\s\S]*\bc\.code\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EveryCodeOfTheScope();
}
