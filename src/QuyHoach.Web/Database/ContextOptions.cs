using Microsoft.EntityFrameworkCore.Diagnostics;

namespace QuyHoach.Web.Database;

/// <summary>The one EF Core configuration of both contexts (the primary and <see cref="ReadOnlyDb"/>).</summary>
internal static class ContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) => options
        .UseNpgsql(connectionString)
        .ConfigureWarnings(warnings => warnings.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));
}
