namespace QuyHoach.Documents.Registry.Parsing;

/// <summary>
/// The allowed Vietnamese words of one column and the value each stands for. The first word of a value is how it
/// is written in the template, the guide and exports; the others are accepted aliases.
/// </summary>
internal sealed class TermSet<T>
    where T : struct, Enum
{
    private readonly (T Value, string[] Words)[] terms;
    private readonly Dictionary<string, T> byFold = new(StringComparer.Ordinal);

    public TermSet(params (T Value, string[] Words)[] terms)
    {
        this.terms = terms;
        foreach (var (value, words) in terms)
        {
            foreach (var word in words)
            {
                byFold.Add(VietnameseText.Fold(word), value);
            }
        }
    }

    /// <summary>The canonical words, for messages: "Nam, Nữ".</summary>
    public string Allowed => string.Join(", ", terms.Select(t => t.Words[0]));

    /// <summary>The canonical word of a value, for exports.</summary>
    public string Word(T value) => terms.First(t => EqualityComparer<T>.Default.Equals(t.Value, value)).Words[0];

    public bool TryParse(string text, out T value) => byFold.TryGetValue(VietnameseText.Fold(text), out value);
}
