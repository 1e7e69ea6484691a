using QuyHoach.Documents.Registry;

namespace QuyHoach.Web.Features.Import;

/// <summary>
/// Upserts one cadre's rows. Compares before writing, so an unchanged row writes nothing; never deletes history
/// (an empty cell leaves what is recorded). Children of an already saved cadre are added to the context explicitly:
/// EF would take a new row with its key set, found through a navigation, for an existing one. A new cadre is not
/// tracked: it waits, with its histories, for <see cref="TakeNewCadres"/> (written by COPY, <see cref="NewRowsCopy"/>).
/// </summary>
internal sealed class CadreRowWriter(QuyHoachDbContext db, ImportCodes codes, DateTimeOffset now)
{
    private int _created;
    private int _updated;
    private int _unchanged;
    private int _evaluations;
    private int _disciplines;
    private int _standards;

    private List<ImportedCadreChange> _changes = [];
    private List<Cadre> _newCadres = [];

    public ImportSummary Summary() => new(_created, _updated, _unchanged, _evaluations, _disciplines, _standards);

    /// <summary>The created or changed cadres since the last call; the applier logs them as one event per batch.</summary>
    public IReadOnlyList<ImportedCadreChange> TakeChanges()
    {
        var changes = _changes;
        _changes = [];
        return changes;
    }

    /// <summary>The cadres created since the last call, with their histories, for the applier to write.</summary>
    public IReadOnlyList<Cadre> TakeNewCadres()
    {
        var created = _newCadres;
        _newCadres = [];
        return created;
    }

    public void Write(ImportRowsByCadre rows, Cadre? existing)
    {
        var cadre = existing;
        var isNew = cadre is null;
        object? before = cadre is null ? null : CadreSnapshot.Of(cadre);
        if (rows.Cadre is { } row)
        {
            cadre ??= new Cadre { Id = Guid.CreateVersion7(), Code = row.Code, CreatedAt = now };
            var changed = CadreFields.Apply(cadre, row, codes.Units[row.UnitCode]);
            changed |= Histories(cadre, row, isNew);
            if (isNew)
            {
                _newCadres.Add(cadre);
                _created++;
            }
            else if (changed)
            {
                _updated++;
            }
            else
            {
                _unchanged++;
            }
        }

        // Evaluation and discipline rows may refer to a cadre saved earlier (the reader checked it is in scope).
        if (cadre is null)
        {
            return;
        }

        var historyChanged = Evaluations(cadre, rows.Evaluations, isNew) | Disciplines(cadre, rows.Disciplines, isNew) | Standards(cadre, rows.PoliticalStandards, isNew);
        if (isNew || before is null || historyChanged || !Equals(before, CadreSnapshot.Of(cadre)))
        {
            cadre.UpdatedAt = now;
            _changes.Add(new ImportedCadreChange(cadre.Code, isNew ? "created" : "updated", before, CadreSnapshot.Of(cadre)));
        }
    }

    private bool Histories(Cadre cadre, CadreRow row, bool isNew)
    {
        var changed = false;
        if (row.CurrentTitleCode is { Length: > 0 } titleCode)
        {
            var titleId = codes.Titles[titleCode];
            var open = cadre.Assignments.FirstOrDefault(a => a.To is null);
            if (open?.TitleId != titleId)
            {
                var since = row.CurrentTitleSince ?? DateOnly.FromDateTime(now.UtcDateTime);
                if (open is not null)
                {
                    open.To = since > open.From ? since.AddDays(-1) : open.From;
                }

                Add(cadre.Assignments, new Assignment { Id = Guid.CreateVersion7(), CadreId = cadre.Id, TitleId = titleId, From = since }, isNew);
                changed = true;
            }
        }

        var theory = cadre.PoliticalTheory.OrderBy(p => p.Year ?? 0).LastOrDefault();
        if (row.PoliticalTheory != PoliticalTheoryLevel.None && (theory?.Level != row.PoliticalTheory || theory.Studying != row.StudyingPoliticalTheory))
        {
            Add(cadre.PoliticalTheory, new PoliticalTheoryRecord { Id = Guid.CreateVersion7(), CadreId = cadre.Id, Level = row.PoliticalTheory, Studying = row.StudyingPoliticalTheory, Year = now.Year }, isNew);
            changed = true;
        }

        var management = cadre.StateManagement.OrderBy(s => s.Year ?? 0).LastOrDefault();
        if (row.StateManagement != StateManagementLevel.None && management?.Level != row.StateManagement)
        {
            Add(cadre.StateManagement, new StateManagementRecord { Id = Guid.CreateVersion7(), CadreId = cadre.Id, Level = row.StateManagement, Year = now.Year }, isNew);
            changed = true;
        }

        if (row.Professional is { Length: > 0 } field && !cadre.Education.Any(e => string.Equals(e.Field, field, StringComparison.Ordinal)))
        {
            Add(cadre.Education, new EducationRecord { Id = Guid.CreateVersion7(), CadreId = cadre.Id, Level = ProfessionalLevels.FromText(field), Field = field }, isNew);
            changed = true;
        }

        return changed;
    }

    private bool Evaluations(Cadre cadre, IReadOnlyList<EvaluationRow> rows, bool isNew)
    {
        var written = Upsert(cadre.Evaluations, rows, isNew,
            (e, row) => e.Year == row.Year,
            row => new EvaluationRecord { Id = Guid.CreateVersion7(), CadreId = cadre.Id, Year = row.Year, Rating = row.Rating, ScoreTenths = row.ScoreTenths },
            (e, row) =>
            {
                if (e.Rating == row.Rating && e.ScoreTenths == row.ScoreTenths)
                {
                    return false;
                }

                (e.Rating, e.ScoreTenths) = (row.Rating, row.ScoreTenths);
                return true;
            });
        _evaluations += written;
        return written > 0;
    }

    private bool Disciplines(Cadre cadre, IReadOnlyList<DisciplineRow> rows, bool isNew)
    {
        var written = Upsert(cadre.Disciplines, rows, isNew,
            (d, row) => row.DecisionNumber is { Length: > 0 } number
                ? string.Equals(d.DecisionNumber, number, StringComparison.OrdinalIgnoreCase)
                : d.DecidedOn == row.DecisionDate && d.Form == row.Form && d.Authority == row.Authority,
            row => new DisciplineEntry
            {
                Id = Guid.CreateVersion7(),
                CadreId = cadre.Id,
                Authority = row.Authority,
                Form = row.Form,
                DecisionNumber = row.DecisionNumber,
                DecidedOn = row.DecisionDate,
                EffectiveOn = row.EffectiveDate,
                ComplaintPending = row.UnderComplaint,
            },
            (d, row) =>
            {
                if (d.Authority == row.Authority && d.Form == row.Form && d.DecidedOn == row.DecisionDate
                    && d.EffectiveOn == row.EffectiveDate && d.ComplaintPending == row.UnderComplaint)
                {
                    return false;
                }

                (d.Authority, d.Form, d.DecidedOn, d.EffectiveOn, d.ComplaintPending) =
                    (row.Authority, row.Form, row.DecisionDate, row.EffectiveDate, row.UnderComplaint);
                return true;
            });
        _disciplines += written;
        return written > 0;
    }

    private bool Standards(Cadre cadre, IReadOnlyList<PoliticalStandardRow> rows, bool isNew)
    {
        var written = Upsert(cadre.PoliticalStandardConclusions, rows.Where(r => r.Conclusion != PoliticalStandard.NotConcluded), isNew,
            (p, row) => p.ConcludedOn == row.ConcludedOn,
            row => new PoliticalStandardConclusion { Id = Guid.CreateVersion7(), CadreId = cadre.Id, ConcludedOn = row.ConcludedOn, Met = row.Conclusion == PoliticalStandard.Met },
            (p, row) =>
            {
                var met = row.Conclusion == PoliticalStandard.Met;
                if (p.Met == met)
                {
                    return false;
                }

                p.Met = met;
                return true;
            });
        _standards += written;
        return written > 0;
    }

    /// <summary>
    /// The one upsert of a history by the file's key: a row without a record under its key adds one, a row whose
    /// record differs updates it (<paramref name="update"/> says whether it changed anything), an equal row writes
    /// nothing. Returns how many rows were written.
    /// </summary>
    private int Upsert<TRow, TRecord>(
        List<TRecord> records, IEnumerable<TRow> rows, bool isNew, Func<TRecord, TRow, bool> sameKey, Func<TRow, TRecord> create, Func<TRecord, TRow, bool> update)
        where TRecord : class
    {
        var written = 0;
        foreach (var row in rows)
        {
            var record = records.FirstOrDefault(r => sameKey(r, row));
            if (record is null)
            {
                Add(records, create(row), isNew);
            }
            else if (!update(record, row))
            {
                continue;
            }

            written++;
        }

        return written;
    }

    private void Add<T>(List<T> list, T item, bool isNew)
        where T : class
    {
        list.Add(item);
        if (!isNew)
        {
            db.Add(item);
        }
    }
}

/// <summary>One cadre an import created or changed, as its batch's audit event lists it.</summary>
internal sealed record ImportedCadreChange(string Code, string Change, object? Before, object After);
