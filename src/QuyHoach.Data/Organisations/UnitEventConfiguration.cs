using QuyHoach.Data.Plans;

namespace QuyHoach.Data.Organisations;

internal sealed class UnitEventConfiguration :
    IEntityTypeConfiguration<UnitEvent>,
    IEntityTypeConfiguration<UnitEventUnit>,
    IEntityTypeConfiguration<UnitEventTitle>,
    IEntityTypeConfiguration<UnitEventCadre>
{
    public void Configure(EntityTypeBuilder<UnitEvent> builder)
    {
        builder.ToTable("unit_events");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Basis).HasMaxLength(300);
        builder.HasIndex(e => e.RequestKey).IsUnique().HasDatabaseName(UnitEvent.RequestKeyIndex);
        builder.HasMany(e => e.Units).WithOne().HasForeignKey(u => u.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Titles).WithOne().HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Cadres).WithOne().HasForeignKey(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<UnitEventUnit> builder)
    {
        builder.ToTable("unit_event_units");
        builder.HasKey(u => new { u.EventId, u.OrganisationId });
        builder.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.OrganisationId).IsUnique().HasFilter("is_predecessor").HasDatabaseName(UnitEvent.PredecessorIndex);
    }

    public void Configure(EntityTypeBuilder<UnitEventTitle> builder)
    {
        builder.ToTable("unit_event_titles");
        builder.HasKey(t => new { t.EventId, t.OldTitleId });
        builder.HasOne<Title>().WithMany().HasForeignKey(t => t.OldTitleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Title>().WithMany().HasForeignKey(t => t.NewTitleId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<UnitEventCadre> builder)
    {
        builder.ToTable("unit_event_cadres");
        builder.HasKey(c => new { c.EventId, c.CadreId });
        builder.HasOne<Cadre>().WithMany().HasForeignKey(c => c.CadreId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// Nguồn gốc (R-ORG-3): a plan entry, an assignment or a membership carried to a successor unit points to the record it
/// continues; each record is carried once, so applying an event twice cannot duplicate what it carried.
/// </summary>
internal sealed class CarriedOriginConfiguration :
    IEntityTypeConfiguration<PlanEntry>,
    IEntityTypeConfiguration<Assignment>,
    IEntityTypeConfiguration<BodyMembership>
{
    public void Configure(EntityTypeBuilder<PlanEntry> builder) =>
        builder.HasIndex(e => e.CarriedFromId).IsUnique().HasDatabaseName("ux_plan_entries_carried_from_id");

    public void Configure(EntityTypeBuilder<Assignment> builder) =>
        builder.HasIndex(a => a.CarriedFromId).IsUnique().HasDatabaseName("ux_assignments_carried_from_id");

    public void Configure(EntityTypeBuilder<BodyMembership> builder) =>
        builder.HasIndex(m => m.CarriedFromId).IsUnique().HasDatabaseName("ux_body_memberships_carried_from_id");
}
