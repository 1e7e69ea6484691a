using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using QuyHoach.Data;
using QuyHoach.Data.Identity;
using QuyHoach.Testing;

namespace QuyHoach.Web.Tests.Security;

/// <summary>
/// Kiểm tra đăng nhập mỗi yêu cầu (docs/security.md): a signed-in search reads the account once, in one statement
/// that also reads the unit tree's version, and the scope needs no read of its own; the whole search is then a
/// handful of statements, counted from Npgsql's own tracing for this test's database. The cookie's claims
/// still follow the account at once: roles changed by a bare UPDATE, with no application code and no new security
/// stamp, decide the very next request, both ways.
/// </summary>
public sealed class SignInCheckTests
{
    private const string Search = "/api/v1/cadres?q=nguyen";

    /// <summary>The account check, then the search's own three (its first matches, the page's rows, their political theory).</summary>
    private const int MostStatements = 4;

    [Fact]
    public async Task SignedInSearch_AccountCheckedInOneStatementWithTheTreeVersion_ChangedRolesReachTheNextRequest()
    {
        await using var app = await QuyHoachAppFactory.CreateAsync();
        await app.CreateAccountAsync("kiemtramoilan", "Lê Văn Kiểm", AppRoles.Staff, "NDI-SCT");
        var client = await app.SignInAsUserAsync("kiemtramoilan");
        string database;
        using (var scope = app.Services.CreateScope())
        {
            database = scope.ServiceProvider.GetRequiredService<QuyHoachDbContext>().Database.GetDbConnection().Database;
        }

        // Warm: the tree of this version is in memory, the key ring read.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(Search, UriKind.Relative))).StatusCode);

        IReadOnlyList<string> statements;
        using (var commands = SqlCommands.Watch(database))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(Search, UriKind.Relative))).StatusCode);
            statements = commands.Statements;
        }

        var all = string.Join("\n----\n", statements);
        Assert.True(statements.Count <= MostStatements, $"{statements.Count} statements for one search:\n{all}");
        var account = Assert.Single(statements, s => s.Contains("FROM users", StringComparison.Ordinal) || s.Contains("JOIN users", StringComparison.Ordinal));
        Assert.Contains("security_stamp", account, StringComparison.Ordinal);
        Assert.Contains("organisation_tree_version", account, StringComparison.Ordinal);
        Assert.Single(statements, s => s.Contains("organisation_tree_version", StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.Contains("FROM user_roles", StringComparison.Ordinal) && !ReferenceEquals(s, account));

        // Roles changed in the database alone: the stamp is the same, the account's fingerprint is not.
        await SetRoleAsync(app, "kiemtramoilan", AppRoles.Counter);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri(Search, UriKind.Relative))).StatusCode);
        await SetRoleAsync(app, "kiemtramoilan", AppRoles.Staff);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(Search, UriKind.Relative))).StatusCode);
    }

    private static async Task SetRoleAsync(QuyHoachAppFactory app, string userName, string role)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            DELETE FROM user_roles WHERE user_id = (SELECT id FROM users WHERE user_name = @user);
            INSERT INTO user_roles (user_id, role_id)
            SELECT u.id, r.id FROM users u, roles r WHERE u.user_name = @user AND r.name = @role;
            """, connection);
        command.Parameters.AddWithValue("user", userName);
        command.Parameters.AddWithValue("role", role);
        Assert.Equal(2, await command.ExecuteNonQueryAsync());
    }
}
