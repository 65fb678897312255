using System.Collections.Immutable;
using TellMe.Diagnostics;

namespace TellMe.Bank.Files;

/// <summary>One line of a file an update changed, in the file as it was opened.</summary>
/// <param name="Line">The 1-based line in the file as opened (for an insertion: the line it goes before).</param>
/// <param name="Before">The characters replaced (empty for an insertion).</param>
/// <param name="After">The characters put there.</param>
public sealed record LineEdit(int Line, string Before, string After);

/// <summary>What one <see cref="BankEditor"/> update did to its file.</summary>
/// <param name="File">The bank-relative file.</param>
/// <param name="Applied">False when the update was refused because it could not be made in place (nothing changed).</param>
/// <param name="Lines">The lines of the file as opened that the update changed (see <see cref="FileUpdate.Lines"/>).</param>
/// <param name="Edits">The edits, line by line, in the file as opened.</param>
/// <param name="Notes">Where more than the changed characters was rewritten.</param>
public sealed record EditResult(string File, bool Applied, ImmutableArray<int> Lines, ImmutableArray<LineEdit> Edits, ImmutableArray<string> Notes);

/// <summary>
/// An editing session over a bank folder, the one way commands change existing bank files (<c>tellme fix</c>
/// today, any writer that changes elements of a loaded bank): it loads the bank, takes element updates (a
/// story, an answer, a framework, the settings), turns each into in-place edits of the element's file, keeps
/// the edited texts in memory, and writes every changed file at once with <see cref="Commit"/>, all or nothing.
/// </summary>
/// <remarks>
/// Each update is diffed against the file's current text (<see cref="StoryFile.Update"/> and its siblings), so
/// several updates of one file compose. Lines are reported in the file as it was opened, so what a command
/// lists is what <c>git diff</c> then shows.
/// </remarks>
public sealed class BankEditor
{
    private readonly Dictionary<string, OpenFile> _files = new(StringComparer.Ordinal);

    private BankEditor(string root, StoryBank bank)
    {
        Root = root;
        Bank = bank;
    }

    /// <summary>The bank folder.</summary>
    public string Root { get; }

    /// <summary>The bank as the edits so far make it.</summary>
    public StoryBank Bank { get; private set; }

    /// <summary>Opens the bank at <paramref name="root"/>.</summary>
    public static BankEditor Open(string root) => new(root, BankLoader.Load(root));

    /// <summary>Opens the bank at <paramref name="root"/>, already loaded as <paramref name="bank"/>.</summary>
    public static BankEditor Open(string root, StoryBank bank) => new(root, bank);

    /// <summary>The files whose content the updates so far change, with their text as opened and as it will be written.</summary>
    public IReadOnlyList<(string File, SourceText Before, SourceText After)> Changed =>
        [.. _files.Where(f => f.Value.Current.Original != f.Value.Original.Original || f.Value.Current.Encoding != f.Value.Original.Encoding)
            .OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value.Original, f.Value.Current))];

    /// <summary>Updates a story's file to say <paramref name="story"/> (found by its <see cref="Story.File"/>).</summary>
    public EditResult Update(Story story, bool inPlaceOnly = true) =>
        Update(story.File, (source, file) => StoryFile.Update(source, story, file), inPlaceOnly, (text, file) =>
        {
            if (StoryFile.Read(text, file, []) is not { } read) return;
            Bank = Bank.With(stories: Bank.Stories.Select(s => s.File == file ? read : s));
        });

    /// <summary>Updates an answer's file to say <paramref name="answer"/>.</summary>
    public EditResult Update(Answer answer, bool inPlaceOnly = true) =>
        Update(answer.File, (source, file) => AnswerFile.Update(source, answer, file), inPlaceOnly, (text, file) =>
        {
            if (AnswerFile.Read(text, file, []) is not { } read) return;
            Bank = Bank.With(answers: Bank.Answers.Select(a => a.File == file ? read : a));
        });

    /// <summary>Updates a framework's file to say <paramref name="framework"/>.</summary>
    public EditResult Update(Framework framework, bool inPlaceOnly = true) =>
        Update(framework.File, (source, file) => FrameworkFile.Update(source, framework, file), inPlaceOnly, (text, file) =>
        {
            if (FrameworkFile.Read(text, file, []) is not { } read) return;
            Bank = Bank.With(frameworks: Bank.Frameworks.Select(f => f.File == file ? read : f));
        });

    /// <summary>Updates <c>tellme.yaml</c> to say <paramref name="settings"/>.</summary>
    public EditResult Update(BankSettings settings, bool inPlaceOnly = true) =>
        Update(SettingsFile.Name, (source, _) => SettingsFile.Update(source, settings), inPlaceOnly, (text, file) =>
        {
            if (SettingsFile.Read(text, file, []) is { } read) Bank = Bank.With(settings: read);
        });

    private EditResult Update(string file, Func<SourceText, string, FileUpdate> update, bool inPlaceOnly, Action<string, string> reread)
    {
        if (string.IsNullOrEmpty(file)) throw new ArgumentException("the element has no file in this bank", nameof(file));
        var open = OpenOrRead(file);
        var result = update(open.Current, file);
        if (!result.Changed) return new EditResult(file, true, [], [], [.. result.Notes]);
        if (inPlaceOnly && !result.InPlace) return new EditResult(file, false, [], [], [.. result.Notes]);

        var lines = result.Lines.Select(open.OriginalLine).Distinct().Order().ToImmutableArray();
        var edits = result.InPlace
            ? [.. result.Edits.Select(e => new LineEdit(open.OriginalLine(result.Before.LineOf(e.Start)), result.Before.Text.Substring(e.Start, e.Length), e.Text))]
            : ImmutableArray<LineEdit>.Empty;
        open.Advance(result.After);
        reread(result.After.Text, file);
        return new EditResult(file, true, lines, edits, [.. result.Notes]);
    }

    private OpenFile OpenOrRead(string file)
    {
        if (_files.TryGetValue(file, out var open)) return open;
        var diagnostics = new List<Diagnostic>();
        var source = SafeFile.Read(Path.Combine(Root, file), file, diagnostics)
            ?? throw new IOException(diagnostics.Count > 0 ? diagnostics[0].ToString() : $"{file} cannot be read");
        return _files[file] = new OpenFile(source);
    }

    /// <summary>Writes every changed file, all or nothing (<see cref="FileTransaction"/>); returns the files written.</summary>
    /// <exception cref="FileTransactionException">The write failed; unless it says otherwise, no file was changed.</exception>
    public IReadOnlyList<string> Commit()
    {
        var changed = Changed;
        var transaction = new FileTransaction();
        foreach (var (file, _, after) in changed) transaction.Write(Path.Combine(Root, file), after.ToBytes());
        transaction.Commit();
        foreach (var (file, _, after) in changed) _files[file] = new OpenFile(after);
        return [.. changed.Select(c => c.File)];
    }

    // A file being edited: its text as opened, as edited so far, and which opened line each current line is.
    private sealed class OpenFile(SourceText original)
    {
        public SourceText Original { get; } = original;

        public SourceText Current { get; private set; } = original;

        // For each line of Current (0-based), its 1-based line in Original, or 0 for a line an update added.
        private int[] _origin = [.. Enumerable.Range(1, LineCount(original.Text))];

        /// <summary>The line of the opened file a current line is (an added line: the next opened line after it).</summary>
        public int OriginalLine(int currentLine)
        {
            for (int i = currentLine - 1; i < _origin.Length; i++)
                if (i >= 0 && _origin[i] > 0) return _origin[i];
            return LineCount(Original.Text) + 1;
        }

        public void Advance(SourceText next)
        {
            var oldLines = Current.Text.Split('\n');
            var newLines = next.Text.Split('\n');
            var origin = new int[newLines.Length];
            foreach (var (o, n) in Sequences.Align(oldLines, newLines, (a, b) => a == b))
                origin[n] = o < _origin.Length ? _origin[o] : 0;
            _origin = origin;
            Current = next;
        }

        private static int LineCount(string text) => text.Split('\n').Length;
    }
}
