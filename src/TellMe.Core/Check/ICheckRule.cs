using TellMe.Diagnostics;

namespace TellMe.Check;

/// <summary>
/// One check, in its own file, with a stable code. Rules only read the bank; they report through the
/// context, which knows where things are written.
/// </summary>
public interface ICheckRule
{
    /// <summary>The stable code, e.g. <c>TM006</c>.</summary>
    string Code { get; }

    /// <summary>A short name for listings and SARIF.</summary>
    string Title { get; }

    /// <summary>How bad a finding of this rule is.</summary>
    Severity Severity { get; }

    /// <summary>Reports every finding in the bank.</summary>
    void Run(CheckContext context);
}
