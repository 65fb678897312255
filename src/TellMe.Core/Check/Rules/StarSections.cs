using TellMe.Bank;

namespace TellMe.Check.Rules;

/// <summary>The names a STAR part goes by on real pages ("Problem" is a situation, "Outcome" a result).</summary>
public static class StarSections
{
    /// <summary>Labels that tell the situation.</summary>
    public static readonly string[] Situation = ["Situation", "Problem", "Context", "Background"];
    /// <summary>Labels that tell the task.</summary>
    public static readonly string[] Task = ["Task", "Mission", "Goal"];
    /// <summary>Labels that tell the action.</summary>
    public static readonly string[] Action = ["Action", "Actions", "Overcome", "Approach", "Disagree", "Commit"];
    /// <summary>Labels that tell the result.</summary>
    public static readonly string[] Result = ["Result", "Results", "Outcome", "Impact"];

    /// <summary>True when the label is one of <paramref name="names"/>.</summary>
    public static bool Is(string label, string[] names) => names.Contains(label, StringComparer.OrdinalIgnoreCase);

    /// <summary>The first section of a story with one of these labels.</summary>
    public static Part? Find(Story story, string[] names) => story.Sections.FirstOrDefault(s => Is(s.Label, names));
}
