namespace TellMe.Language;

/// <summary>
/// Enumerates the words of a text as spans, without allocating: letters and digits, apostrophes inside a
/// word ("didn't"), and dots between digits ("5.7"). The hot loops of the check rules count and compare
/// words over a whole bank, so they must not allocate a string per word.
/// </summary>
public ref struct WordSpans
{
    private readonly ReadOnlySpan<char> _text;
    private int _position;

    /// <summary>Starts at the beginning of <paramref name="text"/>.</summary>
    public WordSpans(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
        Current = default;
    }

    /// <summary>The current word.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>Enables <c>foreach</c>.</summary>
    public readonly WordSpans GetEnumerator() => this;

    /// <summary>Moves to the next word.</summary>
    public bool MoveNext()
    {
        var text = _text;
        int i = _position;
        while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
        int start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) ||
               (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1])) ||
               (text[i] == '.' && i > start && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])))) i++;
        _position = i;
        if (i == start) return false;
        Current = text[start..i];
        return true;
    }

    /// <summary>How many words a text has.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        int n = 0;
        foreach (var _ in new WordSpans(text)) n++;
        return n;
    }
}
