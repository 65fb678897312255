namespace TellMe.Match.Evaluation;

/// <summary>What an evaluation line's labels name.</summary>
public enum EvalKind
{
    /// <summary><c>lp</c>: principle names; scored on the competencies the question probes.</summary>
    Principle,

    /// <summary><c>bq</c>: answer keys; scored on the answers matched.</summary>
    Answer,
}
