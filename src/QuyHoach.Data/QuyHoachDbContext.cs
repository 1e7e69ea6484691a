using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using QuyHoach.Data.Imports;
using QuyHoach.Data.Planning;
using QuyHoach.Data.Plans;

namespace QuyHoach.Data;

/// <summary>
/// The one database of QuyHoach. Feature handlers use it directly. The schema is owned by the SQL
/// migrations in Migrations/Sql; a test proves this model and the migrated schema agree. It also holds the Data
/// Protection key ring (<see cref="DataProtectionKeys"/>), shared by every instance.
/// </summary>
public sealed class QuyHoachDbContext(DbContextOptions<QuyHoachDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<Term> Terms => Set<Term>();

    public DbSet<Body> Bodies => Set<Body>();

    public DbSet<ManagementAuthority> ManagementAuthorities => Set<ManagementAuthority>();

    public DbSet<DocumentIssuer> DocumentIssuers => Set<DocumentIssuer>();

    public DbSet<Title> Titles => Set<Title>();

    public DbSet<Cadre> Cadres => Set<Cadre>();

    public DbSet<ExternalSource> ExternalSources => Set<ExternalSource>();

    public DbSet<PlanningRound> PlanningRounds => Set<PlanningRound>();

    public DbSet<RoundStep> RoundSteps => Set<RoundStep>();

    public DbSet<SourceListEntry> SourceListEntries => Set<SourceListEntry>();

    public DbSet<Conference> Conferences => Set<Conference>();

    public DbSet<ConvenedMember> ConvenedMembers => Set<ConvenedMember>();

    public DbSet<Ballot> Ballots => Set<Ballot>();

    public DbSet<BallotCandidate> BallotCandidates => Set<BallotCandidate>();

    public DbSet<TallyEntry> TallyEntries => Set<TallyEntry>();

    public DbSet<TallyCorrection> TallyCorrections => Set<TallyCorrection>();

    public DbSet<HeadDecision> HeadDecisions => Set<HeadDecision>();

    public DbSet<Counting.ScanUpload> ScanUploads => Set<Counting.ScanUpload>();

    public DbSet<Counting.ScanPage> ScanPages => Set<Counting.ScanPage>();

    public DbSet<Counting.ScanSheet> ScanSheets => Set<Counting.ScanSheet>();

    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<DossierDocument> DossierDocuments => Set<DossierDocument>();

    public DbSet<PlanDecision> PlanDecisions => Set<PlanDecision>();

    public DbSet<PlanEntry> PlanEntries => Set<PlanEntry>();

    public DbSet<PlanNotification> PlanNotifications => Set<PlanNotification>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<Development.DevelopmentItem> DevelopmentItems => Set<Development.DevelopmentItem>();

    public DbSet<AppointmentProposal> AppointmentProposals => Set<AppointmentProposal>();

    public DbSet<RuleSets.RuleSetRecord> RuleSetVersions => Set<RuleSets.RuleSetRecord>();

    public DbSet<ImportSession> ImportSessions => Set<ImportSession>();

    public DbSet<UnitEvent> UnitEvents => Set<UnitEvent>();
    public DbSet<Exchange.ExchangeUpload> ExchangeUploads => Set<Exchange.ExchangeUpload>();

    /// <summary>The Data Protection key ring, each key's XML encrypted with the data folder's certificate.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<AppUser>().ToTable("users");
        builder.Entity<AppRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.Entity<AppUser>(user =>
        {
            user.Property(u => u.FullName).HasMaxLength(200);
            user.HasOne<Organisation>().WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Entity<AppRole>().Property(r => r.DisplayName).HasMaxLength(100);
        builder.ApplyConfigurationsFromAssembly(typeof(QuyHoachDbContext).Assembly);
        SnakeCaseNames.Apply(builder.Model);
    }
}
