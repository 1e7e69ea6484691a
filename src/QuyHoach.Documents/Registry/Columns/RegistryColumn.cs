namespace QuyHoach.Documents.Registry.Columns;

/// <summary>
/// One column of an import sheet: the single definition the template, the guide sheet, the reader and the
/// documentation test all read, so they cannot drift apart.
/// </summary>
public abstract class RegistryColumn
{
    private protected RegistryColumn(string header, bool required, string guide, string example, double width)
    {
        Header = header;
        Required = required;
        Guide = guide;
        Example = example;
        Width = width;
    }

    /// <summary>Header text as in the template (without the <c>*</c> the template adds to required columns).</summary>
    public string Header { get; }

    /// <summary>A row without this value is reported.</summary>
    public bool Required { get; }

    /// <summary>Vietnamese explanation with the accepted values, shown on the guide sheet.</summary>
    public string Guide { get; }

    /// <summary>An example value, shown on the guide sheet only (never on a data sheet, so it cannot be imported).</summary>
    public string Example { get; }

    /// <summary>Template column width in characters.</summary>
    public double Width { get; }

    /// <summary>The header as written in the template: required columns end in <c> *</c>.</summary>
    public string TemplateHeader => Required ? Header + " *" : Header;
}

/// <summary>A column whose cells parse to <typeparamref name="T"/>.</summary>
public sealed class RegistryColumn<T> : RegistryColumn
{
    internal RegistryColumn(string header, bool required, string guide, string example, Func<SheetCell, Parsed<T>> parse, double width = 16)
        : base(header, required, guide, example, width) => Parse = parse;

    internal Func<SheetCell, Parsed<T>> Parse { get; }
}

/// <summary>One import sheet: its name, whether it must be present, and its columns in template order.</summary>
/// <param name="Name">Sheet name (ASCII, as in the template).</param>
/// <param name="Title">Vietnamese title for the guide.</param>
/// <param name="Required">The file is refused when this sheet is missing.</param>
/// <param name="Columns">The columns.</param>
public sealed record RegistrySheet(string Name, string Title, bool Required, IReadOnlyList<RegistryColumn> Columns);
