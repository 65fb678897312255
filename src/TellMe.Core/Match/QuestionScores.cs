namespace TellMe.Match;

/// <summary>All scores of one question against one bank, before ranking (<see cref="QuestionScorer"/>).</summary>
internal sealed class QuestionScores(int competencies, int answers, int stories)
{
    /// <summary>The question's analysed terms.</summary>
    public IReadOnlyList<(string Term, double Weight)> Terms { get; set; } = [];

    /// <summary>The terms matched against the user's material (<see cref="QuestionTerms.ForMaterial"/>).</summary>
    public List<(string Term, double Weight)> MaterialTerms { get; set; } = [];

    /// <summary>Per competency of the space: how much the question probes it.</summary>
    public double[] Competencies { get; } = new double[competencies];

    /// <summary>Per answer: its fit.</summary>
    public double[] Answers { get; } = new double[answers];

    /// <summary>Per answer: its BM25 score for the shared words alone.</summary>
    public double[] AnswerText { get; } = new double[answers];

    /// <summary>Per answer: the taught question behind its lift, or -1.</summary>
    public int[] AnswerTaughtVia { get; } = new int[answers];

    /// <summary>Per story: its fit.</summary>
    public double[] Stories { get; } = new double[stories];

    /// <summary>Per story: its BM25 score for the shared words alone.</summary>
    public double[] StoryText { get; } = new double[stories];

    /// <summary>Per story: the answer whose fit it mostly inherits, or -1.</summary>
    public int[] StoryVia { get; } = new int[stories];

    /// <summary>True when anything scored at all.</summary>
    public bool Any { get; set; }
}
