using TellMe.Practice.Drill;

namespace TellMe.Cli.Commands.Drill;

/// <summary>
/// <c>--answer-file F</c>: at each reveal, the answer is whatever F holds (a speech-to-text tool keeps writing it)
/// when the inner mode captured no text itself. Content that has not changed since the last card is not reused.
/// </summary>
public sealed class FileAnswer(IAnswerMode inner, string path) : IAnswerMode
{
    private string? _last;

    /// <inheritdoc/>
    public AnswerTaken? Take(DrillTurn turn)
    {
        var taken = inner.Take(turn);
        if (taken is null || taken.Text is not null) return taken;
        string? text = TryRead();
        bool fresh = text is not null && text != _last && !string.IsNullOrWhiteSpace(text);
        _last = text;
        return fresh ? taken with { Text = text } : taken;
    }

    // Read as every input is (Core's one reader); while the file is not text (yet), there is no answer.
    private string? TryRead() => TellMe.Bank.Files.SafeFile.ReadText(path, path, new List<TellMe.Diagnostics.Diagnostic>());
}
