namespace QuyHoach.Data.Audit;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_events");
        builder.HasKey(e => e.Id);

        // Filled by the BEFORE INSERT trigger under the chain lock and read back with RETURNING.
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.OccurredAt).ValueGeneratedOnAdd();
        builder.Property(e => e.PrevHash).HasMaxLength(64).IsRequired().ValueGeneratedOnAdd();
        builder.Property(e => e.Hash).HasMaxLength(64).IsRequired().ValueGeneratedOnAdd();

        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(100)
            .HasConversion(a => a.Code, code => AuditAction.FromCode(code));
        builder.Property(e => e.EntityType).HasMaxLength(100);
        builder.Property(e => e.EntityId).HasMaxLength(100);
        builder.Property(e => e.Before).HasColumnType("jsonb");
        builder.Property(e => e.After).HasColumnType("jsonb");

        // No foreign keys: the log outlives the accounts and records it mentions.
        builder.HasIndex(e => new { e.EntityType, e.EntityId });
        builder.HasIndex(e => e.OrganisationId);
        builder.HasIndex(e => e.ActorUserId);
    }
}
