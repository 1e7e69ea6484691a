using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace QuyHoach.Web.Database;

/// <summary>
/// The one EF Core configuration of both contexts (the primary and <see cref="ReadOnlyDb"/>), each on its pool of
/// <see cref="DataSources"/>; both tell <see cref="DataReads"/> the tables their commands name.
/// </summary>
internal static class ContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DbDataSource dataSource) => options
        .UseNpgsql(dataSource)
        .AddInterceptors(DataReadsInterceptor.Instance)
        .ConfigureWarnings(warnings => warnings.Ignore(CoreEventId.RowLimitingOperationWithoutOrderByWarning));
}
