namespace TellMe.Cli;

/// <summary>What the process exit code means, the same for every command.</summary>
public static class ExitCodes
{
    /// <summary>Done, nothing wrong.</summary>
    public const int Ok = 0;
    /// <summary>The work was done and found errors (check), or some of it failed.</summary>
    public const int Findings = 1;
    /// <summary>Bad usage, or input that could not be read at all.</summary>
    public const int Usage = 2;
}
