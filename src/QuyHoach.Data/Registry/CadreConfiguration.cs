namespace QuyHoach.Data.Registry;

internal sealed class CadreConfiguration : IEntityTypeConfiguration<Cadre>
{
    /// <summary>ICU Vietnamese collation: "Ánh" sorts with "Anh", "Đức" after "Dũng".</summary>
    public const string VietnameseCollation = "vi-VN-x-icu";

    public void Configure(EntityTypeBuilder<Cadre> builder)
    {
        builder.ToTable("cadres", t =>
        {
            t.HasCheckConstraint("ck_cadres_birth_month", "birth_month IS NULL OR birth_month BETWEEN 1 AND 12");
            t.HasCheckConstraint("ck_cadres_birth_day", "birth_day IS NULL OR (birth_month IS NOT NULL AND birth_day BETWEEN 1 AND 31)");
        });
        builder.Property(c => c.Code).HasMaxLength(50);
        builder.Property(c => c.FullName).HasMaxLength(200).UseCollation(VietnameseCollation);
        builder.Property(c => c.GivenName).HasMaxLength(50).UseCollation(VietnameseCollation);
        builder.Property(c => c.SearchName).HasMaxLength(200);
        builder.Property(c => c.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Ethnicity).HasMaxLength(50);
        builder.Property(c => c.PersonalIdNumber).HasMaxLength(12);
        builder.HasIndex(c => c.PersonalIdNumber).IsUnique().HasFilter("personal_id_number IS NOT NULL").HasDatabaseName(Cadre.PersonalIdNumberIndex);
        builder.Property(c => c.Hometown).HasMaxLength(200);
        builder.Ignore(c => c.Birth);
        builder.HasRowVersion(c => c.Version);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => c.OrganisationId);
        builder.HasIndex(c => c.UpdatedAt); // "changed since" of the national exchange (migration 0030)
        // The list's order (given name, full name, code; Vietnamese collation), carrying the search and scope columns
        // and the id so a page of the list is an index-only walk (migration 0006).
        builder.HasIndex(c => new { c.GivenName, c.FullName, c.Code }, "ix_cadres_name_order")
            .IncludeProperties(c => new { c.SearchName, c.OrganisationId, c.Id });
        // Trigram index: substring search without diacritics stays fast at 100,000 cadres.
        builder.HasIndex(c => c.SearchName).HasMethod("gin").HasOperators("gin_trgm_ops");
        // The list's search also matches codes by substring; without this the OR falls back to a full scan.
        builder.HasIndex(c => c.Code, "ix_cadres_code_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        // The few cadres with a personal retirement age, found at once by the reports' "retiring before" (migration 0037,
        // beside an index on the birth-month expression that the model cannot describe).
        builder.HasIndex(c => c.RetirementAgeOverrideMonths, "ix_cadres_personal_retirement_age").HasFilter("retirement_age_override_months IS NOT NULL");
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Assignments).WithOne().HasForeignKey(a => a.CadreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Education).WithOne().HasForeignKey(a => a.CadreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.PoliticalTheory).WithOne().HasForeignKey(a => a.CadreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.StateManagement).WithOne().HasForeignKey(a => a.CadreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Evaluations).WithOne().HasForeignKey(a => a.CadreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Disciplines).WithOne().HasForeignKey(a => a.CadreId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.PoliticalStandardConclusions).WithOne().HasForeignKey(a => a.CadreId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CadreHistoryConfiguration :
    IEntityTypeConfiguration<Assignment>,
    IEntityTypeConfiguration<EducationRecord>,
    IEntityTypeConfiguration<PoliticalTheoryRecord>,
    IEntityTypeConfiguration<StateManagementRecord>,
    IEntityTypeConfiguration<EvaluationRecord>,
    IEntityTypeConfiguration<DisciplineEntry>,
    IEntityTypeConfiguration<PoliticalStandardConclusion>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.ToTable("assignments", t => t.HasCheckConstraint("ck_assignments_dates", "\"to\" IS NULL OR \"to\" >= \"from\""));
        builder.Property(a => a.DecisionNumber).HasMaxLength(100);
        builder.HasOne<Title>().WithMany().HasForeignKey(a => a.TitleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.TitleId, a.To });
    }

    public void Configure(EntityTypeBuilder<EducationRecord> builder)
    {
        builder.ToTable("education_records");
        builder.Property(e => e.Level).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Field).HasMaxLength(300);
        builder.Property(e => e.Institution).HasMaxLength(300);
    }

    public void Configure(EntityTypeBuilder<PoliticalTheoryRecord> builder)
    {
        builder.ToTable("political_theory_records");
        builder.Property(e => e.Level).HasConversion<string>().HasMaxLength(40);
    }

    public void Configure(EntityTypeBuilder<StateManagementRecord> builder)
    {
        builder.ToTable("state_management_records");
        builder.Property(e => e.Level).HasConversion<string>().HasMaxLength(40);
    }

    public void Configure(EntityTypeBuilder<EvaluationRecord> builder)
    {
        builder.ToTable("evaluation_records", t => t.HasCheckConstraint("ck_evaluation_records_score", "score_tenths IS NULL OR score_tenths BETWEEN 0 AND 1000"));
        builder.Property(e => e.Rating).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(e => new { e.CadreId, e.Year }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<DisciplineEntry> builder)
    {
        builder.ToTable("discipline_entries", t => t.HasCheckConstraint("ck_discipline_entries_dates", "effective_on >= decided_on"));
        builder.Property(e => e.Authority).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Form).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.DecisionNumber).HasMaxLength(100);
    }

    public void Configure(EntityTypeBuilder<PoliticalStandardConclusion> builder)
    {
        builder.ToTable("political_standard_conclusions");
        builder.Property(e => e.Note).HasMaxLength(2000);
    }
}
