using System.Collections.Concurrent;
using QuyHoach.Documents.Registry;

namespace QuyHoach.Web.Features.Import;

/// <summary>Where an uploaded workbook is between its validation report and the user's "Áp dụng".</summary>
public enum ImportState
{
    /// <summary>Checked; the report is ready.</summary>
    Validated,

    /// <summary>Being written to the database.</summary>
    Applying,

    /// <summary>Written (or refused against the database: see the outcome's problems).</summary>
    Done,

    /// <summary>Failed unexpectedly; nothing was written (one transaction).</summary>
    Failed,
}

/// <summary>One upload of one user: the file, its validation and, once applied, the outcome and progress.</summary>
public sealed class ImportSession(Guid id, Guid userId, string fileName, byte[] content, RegistryImportResult validation, IReadOnlyList<ImportIssue> problems, DateTimeOffset createdAt)
{
    public Guid Id { get; } = id;

    public Guid UserId { get; } = userId;

    public string FileName { get; } = fileName;

    public byte[] Content { get; } = content;

    public RegistryImportResult Validation { get; } = validation;

    /// <summary>Problems found against the database (unknown units, codes out of scope) before anything is written.</summary>
    public IReadOnlyList<ImportIssue> DatabaseProblems { get; } = problems;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public ImportState State { get; set; } = ImportState.Validated;

    /// <summary>0–100 while applying.</summary>
    public int Progress { get; set; }

    public ImportOutcome? Outcome { get; set; }

    public bool CanApply => Validation.CanApply && DatabaseProblems.Count == 0;

    public IEnumerable<ImportIssue> AllIssues => Validation.Issues.Concat(DatabaseProblems);
}

/// <summary>
/// Uploads kept in memory for an hour, visible only to the user who made them. (One instance keeps its own; an
/// import is finished on the instance that validated it.)
/// </summary>
public sealed class ImportSessions(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<Guid, ImportSession> _sessions = new();

    public ImportSession Add(Guid userId, string fileName, byte[] content, RegistryImportResult validation, IReadOnlyList<ImportIssue> problems)
    {
        var now = clock.GetUtcNow();
        foreach (var old in _sessions.Values.Where(s => now - s.CreatedAt > Lifetime && s.State != ImportState.Applying))
        {
            _sessions.TryRemove(old.Id, out _);
        }

        var session = new ImportSession(Guid.NewGuid(), userId, fileName, content, validation, problems, now);
        _sessions[session.Id] = session;
        return session;
    }

    public ImportSession? Find(Guid id, Guid userId) =>
        _sessions.TryGetValue(id, out var session) && session.UserId == userId ? session : null;
}
