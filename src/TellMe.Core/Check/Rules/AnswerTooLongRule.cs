using TellMe.Bank;
using TellMe.Diagnostics;
using TellMe.Language;

namespace TellMe.Check.Rules;

/// <summary>
/// TM013: an answer too long to say in the time: its words at check.words-per-minute (default 150) against
/// check.answer-minutes (default 3).
/// </summary>
public sealed class AnswerTooLongRule : ICheckRule
{
    /// <inheritdoc />
    public string Code => "TM013";
    /// <inheritdoc />
    public string Title => "answer too long to say in the time";
    /// <inheritdoc />
    public Severity Severity => Severity.Warning;

    /// <inheritdoc />
    public void Run(CheckContext context)
    {
        var settings = context.Settings;
        foreach (var a in context.Bank.Answers)
        {
            int words = 0;
            foreach (var point in Tellings.ResolvePoints(a, context.Bank))
            {
                words += WordSpans.Count(point.Label);
                foreach (var (text, _) in point.Content.Texts()) words += WordSpans.Count(text);
            }
            double minutes = words / (double)settings.WordsPerMinute;
            if (minutes > settings.AnswerMinutes)
                context.Report(this, a.File, a.LineOf("key"),
                    $"answer '{a.Key}' has {words} words, about {Speaking(minutes)} at {settings.WordsPerMinute} words a minute; the limit is {Speaking(settings.AnswerMinutes)}",
                    "cut it to the points you would really say; keep the details for follow-up questions");
        }
    }

    private static string Speaking(double minutes)
    {
        int seconds = (int)Math.Round(minutes * 60);
        return $"{seconds / 60}:{seconds % 60:00}";
    }
}
