using System.Collections.Immutable;
using TellMe.Bank;
using TellMe.Check;
using TellMe.Diagnostics;
using TellMe.Practice;
using TellMe.Practice.Cards;

namespace TellMe.Data;

/// <summary>Why a folder cannot be opened as a bank; the message says what to do.</summary>
public sealed class BankWorkspaceException(string message) : Exception(message);

/// <summary>
/// One version of the bank as loaded, with what is derived from it computed once, on first use: the practice cards
/// and the check's diagnostics. Immutable, so a request holds a consistent view while the folder changes.
/// </summary>
public sealed class BankSnapshot
{
    private readonly Lazy<ImmutableArray<Card>> _deck;
    private readonly Lazy<IReadOnlyList<Diagnostic>> _diagnostics;

    internal BankSnapshot(string root, StoryBank bank, long version, BankReadStats read, DateTimeOffset loadedAt)
    {
        (Root, Bank, Version, Read, LoadedAt) = (root, bank, version, read, loadedAt);
        _deck = new(() => CardDeck.FromBank(bank));
        _diagnostics = new(() => Checker.Run(bank, root));
    }

    /// <summary>The bank folder.</summary>
    public string Root { get; }

    /// <summary>The bank.</summary>
    public StoryBank Bank { get; }

    /// <summary>Increases with every reload that changed something.</summary>
    public long Version { get; }

    /// <summary>What the load that made this snapshot did.</summary>
    public BankReadStats Read { get; }

    /// <summary>When it was loaded.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>The practice cards of the bank.</summary>
    public ImmutableArray<Card> Deck => _deck.Value;

    /// <summary>What <c>tellme check</c> reports for this bank.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.Value;
}

/// <summary>
/// A bank folder opened for work: the bank loaded from its files and its practice history
/// (<c>.tellme/practice.db</c>), shared by the CLI and the web app. Opened with <c>watch</c>, it follows the folder:
/// a change on disk (an editor, <c>git pull</c>) marks it stale, and the next <see cref="Current"/> re-reads only
/// the files that changed (<see cref="BankReader"/>).
/// </summary>
public sealed class BankWorkspace : IDisposable
{
    private readonly BankReader _reader;
    private readonly FileSystemWatcher? _watcher;
    private readonly Lock _reload = new();
    private readonly Lazy<SynchronizedPracticeStore> _store;
    private readonly TimeProvider _time;
    private volatile BankSnapshot _current;
    private volatile bool _stale;
    private long _version;

    private BankWorkspace(string root, bool watch, TimeProvider time)
    {
        Root = root;
        _time = time;
        _reader = new BankReader(root) { ConfineToRoot = watch };
        _current = Load();
        _store = new(() => new SynchronizedPracticeStore(SqlitePracticeStore.OpenBank(root)), LazyThreadSafetyMode.ExecutionAndPublication);
        if (!watch) return;
        _watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        _watcher.Changed += OnChange;
        _watcher.Created += OnChange;
        _watcher.Deleted += OnChange;
        _watcher.Renamed += OnChange;
        _watcher.Error += (_, _) => _stale = true; // events were lost: the next look re-lists everything anyway
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>The problem with <paramref name="root"/> as a bank folder, or null when it is one.</summary>
    public static string? Problem(string root)
    {
        if (!Directory.Exists(root)) return $"the bank folder '{Path.GetFullPath(root)}' does not exist";
        if (!BankLoader.IsBank(root)) return $"'{Path.GetFullPath(root)}' is not a TellMe bank (no tellme.yaml). Run `tellme init {root}` or pass --bank DIR.";
        return null;
    }

    /// <summary>Opens a bank folder; <paramref name="watch"/> follows changes on disk (for a long-running server).</summary>
    /// <exception cref="BankWorkspaceException">The folder does not exist or is not a bank.</exception>
    public static BankWorkspace Open(string root, bool watch = false, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (Problem(root) is { } problem) throw new BankWorkspaceException(problem);
        return new BankWorkspace(Path.GetFullPath(root), watch, time ?? TimeProvider.System);
    }

    /// <summary>The bank folder (absolute).</summary>
    public string Root { get; }

    /// <summary>True when the workspace follows the folder.</summary>
    public bool Watching => _watcher is not null;

    /// <summary>The bank as it is now: reloaded first (changed files only) when the folder changed since the last look.</summary>
    public BankSnapshot Current
    {
        get
        {
            if (_stale) Refresh();
            return _current;
        }
    }

    /// <summary>The bank's practice history, opened on first use; safe to share between threads.</summary>
    /// <exception cref="PracticeStoreException">The history cannot be opened (newer, locked, corrupt).</exception>
    public SynchronizedPracticeStore Practice => _store.Value;

    /// <summary>True when the bank has a practice history on disk (reading stats need not create one).</summary>
    public bool HasPracticeHistory => _store.IsValueCreated || File.Exists(SqlitePracticeStore.PathFor(Root));

    /// <summary>Re-reads the files that changed now (after a write of our own), and returns the bank.</summary>
    public BankSnapshot Refresh()
    {
        lock (_reload)
        {
            _stale = false;
            var fresh = Load();
            if (fresh.Read.Changed) _current = fresh;
            return _current;
        }
    }

    private BankSnapshot Load()
    {
        var bank = _reader.Load();
        return new BankSnapshot(Root, bank, Interlocked.Increment(ref _version), _reader.LastLoad, _time.GetUtcNow());
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // Our own state (the practice database and its journal) is not the bank.
        string rel = Path.GetRelativePath(Root, e.FullPath);
        if (rel.StartsWith(SqlitePracticeStore.StateFolder, StringComparison.Ordinal) || rel.StartsWith(".git", StringComparison.Ordinal)) return;
        _stale = true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _watcher?.Dispose();
        if (_store.IsValueCreated) _store.Value.Dispose();
    }
}
