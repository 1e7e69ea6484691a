namespace QuyHoach.Data.Changes;

/// <summary>
/// A transaction that changed a table a report may read: the trigger of migrations 0038 and 0039 records its id (xid8)
/// and the table once, in the transaction itself, so the row is visible exactly when the change is. ReportCache compares
/// these ids with the snapshot a kept report was read in, for the tables it read.
/// </summary>
public sealed class DataChange
{
    public ulong Xid { get; set; }

    public string TableName { get; set; } = "";

    /// <summary>How many cadres new to the transaction its statements on this table recorded in <see cref="CadreChange"/>
    /// (migration 0043; 0 for other tables): the check of a kept part sums these before reading the cadres.</summary>
    public long Cadres { get; set; }
}

/// <summary>
/// A cadre whose rows in <c>cadres</c> or <c>assignments</c> a transaction changed (migration 0041's triggers, every
/// statement however many rows since 0042; the nil id when a statement truncated the table: any cadre). ReportCache reads
/// only these cadres again into a kept part whose other tables are unchanged (ADR 0028).
/// </summary>
public sealed class CadreChange
{
    public ulong Xid { get; set; }

    public Guid CadreId { get; set; }
}

/// <summary>
/// The one row holding the oldest transaction id whose <see cref="DataChange"/> is still kept (DataChangesPruner
/// removes older rows and raises it).
/// </summary>
public sealed class DataChangesHorizon
{
    public bool Id { get; set; } = true;

    public ulong Horizon { get; set; }
}

internal sealed class DataChangeConfiguration : IEntityTypeConfiguration<DataChange>
{
    public void Configure(EntityTypeBuilder<DataChange> builder)
    {
        builder.ToTable("data_changes");
        builder.HasKey(c => new { c.Xid, c.TableName });
        builder.Property(c => c.Xid).HasColumnType("xid8").ValueGeneratedNever();
    }
}

internal sealed class CadreChangeConfiguration : IEntityTypeConfiguration<CadreChange>
{
    public void Configure(EntityTypeBuilder<CadreChange> builder)
    {
        builder.ToTable("cadre_changes");
        builder.HasKey(c => new { c.Xid, c.CadreId });
        builder.Property(c => c.Xid).HasColumnType("xid8").ValueGeneratedNever();
    }
}

internal sealed class DataChangesHorizonConfiguration : IEntityTypeConfiguration<DataChangesHorizon>
{
    public void Configure(EntityTypeBuilder<DataChangesHorizon> builder)
    {
        builder.ToTable("data_changes_horizon");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Horizon).HasColumnType("xid8");
    }
}
