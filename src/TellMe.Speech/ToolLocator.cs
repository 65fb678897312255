namespace TellMe.Speech;

/// <summary>
/// Finds a command-line tool (ffmpeg, sox, pocketsphinx_continuous, arecord) on a search path, the way a shell
/// would, so TellMe can say which Debian package to install before it tries to run anything.
/// </summary>
public sealed class ToolLocator
{
    private readonly string[] _directories;

    /// <summary>Searches the directories of a PATH-style list (separated by <see cref="Path.PathSeparator"/>).</summary>
    public ToolLocator(string? searchPath) =>
        _directories = (searchPath ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Searches this process's PATH.</summary>
    public static ToolLocator FromEnvironment() => new(Environment.GetEnvironmentVariable("PATH"));

    /// <summary>The full path of the tool, or null when it is not installed.</summary>
    public string? Find(string tool)
    {
        foreach (var directory in _directories)
        {
            string candidate = Path.Combine(directory, tool);
            if (File.Exists(candidate) && IsExecutable(candidate)) return candidate;
        }
        return null;
    }

    private static bool IsExecutable(string path) =>
        OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
}
