using QuyHoach.Data.Planning;

namespace QuyHoach.Data.Plans;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.ToTable("dossiers");
        builder.Property(d => d.Appraisal).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.AppraisalNote).HasMaxLength(2000);
        builder.HasRowVersion(d => d.Version);
        builder.HasIndex(d => new { d.RoundId, d.TitleId, d.CadreId }).IsUnique();
        builder.HasOne<PlanningRound>().WithMany().HasForeignKey(d => d.RoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Title>().WithMany().HasForeignKey(d => d.TitleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Cadre>().WithMany().HasForeignKey(d => d.CadreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasCreator();
        builder.HasMany(d => d.Documents).WithOne().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DossierDocumentConfiguration : IEntityTypeConfiguration<DossierDocument>
{
    public void Configure(EntityTypeBuilder<DossierDocument> builder)
    {
        builder.ToTable("dossier_documents", t => t.HasCheckConstraint("ck_dossier_documents_item", "item BETWEEN 1 AND 6"));
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(d => new { d.DossierId, d.Item });
        builder.HasOne<AppUser>().WithMany().HasForeignKey(d => d.UploadedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlanDecisionConfiguration : IEntityTypeConfiguration<PlanDecision>
{
    public void Configure(EntityTypeBuilder<PlanDecision> builder)
    {
        builder.ToTable("plan_decisions");
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Number).HasMaxLength(50);
        builder.Property(d => d.SignerName).HasMaxLength(200);
        builder.Property(d => d.SignerPosition).HasMaxLength(300);
        builder.Property(d => d.Reason).HasMaxLength(2000);
        builder.HasIndex(d => new { d.ManagementAuthorityId, d.Number }).IsUnique();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ManagementAuthority>().WithMany().HasForeignKey(d => d.ManagementAuthorityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Term>().WithMany().HasForeignKey(d => d.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanningRound>().WithMany().HasForeignKey(d => d.RoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasRecorder();
    }
}

internal sealed class PlanEntryConfiguration : IEntityTypeConfiguration<PlanEntry>
{
    public void Configure(EntityTypeBuilder<PlanEntry> builder)
    {
        builder.ToTable("plan_entries", t => t.HasCheckConstraint("ck_plan_entries_ended_on", "ended_on IS NULL OR ended_on >= effective_from"));
        builder.Property(e => e.EndReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.EndNote).HasMaxLength(300);
        builder.HasIndex(e => new { e.TitleId, e.TermId });
        builder.HasOne<Cadre>().WithMany().HasForeignKey(e => e.CadreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Title>().WithMany().HasForeignKey(e => e.TitleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Term>().WithMany().HasForeignKey(e => e.TermId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanDecision>().WithMany().HasForeignKey(e => e.ApprovalDecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanDecision>().WithMany().HasForeignKey(e => e.EndDecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlanNotificationConfiguration : IEntityTypeConfiguration<PlanNotification>
{
    public void Configure(EntityTypeBuilder<PlanNotification> builder)
    {
        builder.ToTable("plan_notifications");
        builder.Property(n => n.RecipientKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.RecipientName).HasMaxLength(300);
        builder.HasOne<PlanDecision>().WithMany().HasForeignKey(n => n.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.RecipientUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(n => n.RecipientOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasRecorder();
    }
}

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("appointments");
        builder.Property(a => a.DecisionNumber).HasMaxLength(50);
        builder.HasIndex(a => a.PlanEntryId).IsUnique();
        builder.HasOne<Cadre>().WithMany().HasForeignKey(a => a.CadreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Title>().WithMany().HasForeignKey(a => a.TitleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PlanEntry>().WithMany().HasForeignKey(a => a.PlanEntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasRecorder();
    }
}
