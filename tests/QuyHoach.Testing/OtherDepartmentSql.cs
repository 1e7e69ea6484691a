using Microsoft.AspNetCore.Identity;
using Npgsql;
using QuyHoach.Data.Identity;
using QuyHoach.Web.Hosting;

namespace QuyHoach.Testing;

/// <summary>What <see cref="QuyHoachAppFactory.CreateOtherDepartmentAsync"/> made.</summary>
/// <param name="OrganisationId">The department (Sở Xây dựng).</param>
/// <param name="DivisionId">Its division.</param>
/// <param name="TitleId">Its only title.</param>
/// <param name="CadreId">Its only cadre.</param>
/// <param name="CadreCode">That cadre's code.</param>
/// <param name="CadreName">That cadre's full name.</param>
/// <param name="StaffUserName">Its staff account (password <see cref="QuyHoachAppFactory.DemoPassword"/>).</param>
public sealed record OtherDepartment(Guid OrganisationId, Guid DivisionId, Guid TitleId, Guid CadreId, string CadreCode, string CadreName, string StaffUserName);

/// <summary>The SQL behind the factory's registry intent methods (tests never reach into the app's services).</summary>
public static class OtherDepartmentSql
{
    public const string SnapshotSql = """
        SELECT concat_ws('|', c.code, c.full_name, c.sex, c.birth_year, c.birth_month, c.birth_day, c.ethnicity, c.hometown,
            c.party_joined_on, c.organisation_id, c.updated_at,
            (SELECT string_agg(concat_ws(',', a.title_id, a."from", a."to"), ';' ORDER BY a."from") FROM assignments a WHERE a.cadre_id = c.id))
        FROM cadres c WHERE c.id = @p
        """;

    public static async Task<OtherDepartment> CreateAsync(string connectionString)
    {
        var (department, division, title, cadre, user) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var hash = TestPasswordHashing.Hasher.HashPassword(new AppUser(), DemoSeeder.DemoPassword);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO organisations (id, code, name, kind, level, parent_id, created_at)
            SELECT @department, 'NDI-SXD', 'Sở Xây dựng tỉnh Ninh Bình', 'Department', 'Province', id, now() FROM organisations WHERE code = 'NDI';
            INSERT INTO organisations (id, code, name, kind, level, parent_id, created_at)
            VALUES (@division, 'NDI-SXD-P01', 'Phòng Quản lý xây dựng', 'Division', 'Province', @department, now());
            INSERT INTO titles (id, organisation_id, code, name, rank, level, kind, is_key_leadership, term_track, professional_may_follow, state_management_may_follow)
            VALUES (@title, @department, 'SXD-CV', 'Chuyên viên Sở Xây dựng', 0, 'so', 'Staff', false, 'State', false, false);
            INSERT INTO cadres (id, code, organisation_id, full_name, given_name, search_name, sex, birth_year, birth_month, ethnicity, created_at, updated_at)
            VALUES (@cadre, 'SXD-0001', @division, 'Nguyễn Thị Xuân', 'Xuân', 'nguyen thi xuan', 'Female', 1985, 6, 'Kinh', now(), now());
            INSERT INTO assignments (id, cadre_id, title_id, "from") VALUES (gen_random_uuid(), @cadre, @title, DATE '2015-03-01');
            INSERT INTO users (id, full_name, organisation_id, user_name, normalized_user_name, email_confirmed, password_hash, security_stamp,
                concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
            VALUES (@user, 'Hoàng Văn Xây', @department, 'chuyenvien.sxd', 'CHUYENVIEN.SXD', true, @hash, @stamp, @stamp, false, false, true, 0);
            INSERT INTO user_roles (user_id, role_id) SELECT @user, id FROM roles WHERE name = 'staff';
            """,
            connection);
        command.Parameters.AddWithValue("department", department);
        command.Parameters.AddWithValue("division", division);
        command.Parameters.AddWithValue("title", title);
        command.Parameters.AddWithValue("cadre", cadre);
        command.Parameters.AddWithValue("user", user);
        command.Parameters.AddWithValue("hash", hash);
        command.Parameters.AddWithValue("stamp", Guid.NewGuid().ToString("N"));
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        return new OtherDepartment(department, division, title, cadre, "SXD-0001", "Nguyễn Thị Xuân", "chuyenvien.sxd");
    }

    public static async Task<T?> ScalarAsync<T>(string connectionString, string sql, object? parameter = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.AddWithValue("p", parameter);
        }

        var value = await command.ExecuteScalarAsync().ConfigureAwait(false);
        return value is null or DBNull ? default : (T)value;
    }
}
