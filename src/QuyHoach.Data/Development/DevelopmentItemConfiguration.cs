using QuyHoach.Data.Plans;

namespace QuyHoach.Data.Development;

internal sealed class DevelopmentItemConfiguration : IEntityTypeConfiguration<DevelopmentItem>
{
    public void Configure(EntityTypeBuilder<DevelopmentItem> builder)
    {
        builder.ToTable("development_items");
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.ItemKey).HasMaxLength(400);
        builder.Property(d => d.ObligationCode).HasMaxLength(60);
        builder.Property(d => d.Content).HasMaxLength(500);
        builder.Property(d => d.RuleId).HasMaxLength(30);
        builder.Property(d => d.EvidenceNumber).HasMaxLength(100);
        builder.Property(d => d.EvidenceFileName).HasMaxLength(255);
        builder.Property(d => d.EvidenceContentType).HasMaxLength(100);
        builder.Property(d => d.EvidenceSha256).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(d => new { d.PlanEntryId, d.ItemKey }).IsUnique();
        builder.HasIndex(d => new { d.OrganisationId, d.Status, d.DueOn });
        builder.HasIndex(d => d.CadreId);
        builder.HasOne<PlanEntry>().WithMany().HasForeignKey(d => d.PlanEntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cadre>().WithMany().HasForeignKey(d => d.CadreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.ResponsibleOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Title>().WithMany().HasForeignKey(d => d.TitleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasCreator();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(d => d.ClosedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
