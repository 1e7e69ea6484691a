namespace QuyHoach.Data.Imports;

/// <summary>Where an uploaded workbook is between its validation report and the user's "Áp dụng".</summary>
public enum ImportState
{
    /// <summary>Checked; the report is ready.</summary>
    Validated,

    /// <summary>Being written to the database (claimed by one instance; its heartbeat says it is alive).</summary>
    Applying,

    /// <summary>Written (or refused against the database: see the outcome's problems).</summary>
    Done,

    /// <summary>Failed unexpectedly; nothing was written (one transaction).</summary>
    Failed,
}
