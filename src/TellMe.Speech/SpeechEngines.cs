using TellMe.Bank;
using TellMe.Practice.Audio;

namespace TellMe.Speech;

/// <summary>The speech recognisers TellMe offers.</summary>
public enum SpeechEngine
{
    /// <summary>Debian's pocketsphinx: installed with the system, no model to fetch (the default).</summary>
    PocketSphinx,
    /// <summary>whisper.cpp through Whisper.net, with a ggml model file the user provides.</summary>
    Whisper,
}

/// <summary>Which engine and model to use, and where each choice came from (for messages).</summary>
/// <param name="Engine">The engine.</param>
/// <param name="Model">The Whisper model file (a full path), or a pocketsphinx model folder; null for the default.</param>
/// <param name="Source">Where the engine was chosen: "--engine", "TELLME_SPEECH_ENGINE", "tellme.yaml" or "default".</param>
public sealed record SpeechChoice(SpeechEngine Engine, string? Model, string Source);

/// <summary>
/// Chooses and creates the speech recogniser and the decoder for compressed audio from the configuration:
/// a command-line option wins over an environment variable (<c>TELLME_SPEECH_ENGINE</c>,
/// <c>TELLME_WHISPER_MODEL</c>), which wins over the bank's <c>tellme.yaml</c> (<c>speech: engine, model</c>);
/// the default is pocketsphinx. The CLI and the web app both call this, so both read the same settings.
/// </summary>
public static class SpeechEngines
{
    /// <summary>The environment variable that chooses the engine.</summary>
    public const string EngineVariable = "TELLME_SPEECH_ENGINE";

    /// <summary>The environment variable that gives the Whisper model file.</summary>
    public const string ModelVariable = "TELLME_WHISPER_MODEL";

    /// <summary>Resolves the choice.</summary>
    /// <param name="engineOption">The <c>--engine</c> value, if given.</param>
    /// <param name="modelOption">The <c>--model</c> value, if given.</param>
    /// <param name="environment">Reads an environment variable (the process's in the CLI; a test passes its own).</param>
    /// <param name="settings">The bank's speech settings.</param>
    /// <param name="bankDirectory">The bank folder, against which a model path in tellme.yaml is resolved.</param>
    /// <exception cref="AudioException">An unknown engine name.</exception>
    public static SpeechChoice Choose(string? engineOption, string? modelOption, Func<string, string?> environment, SpeechSettings? settings, string? bankDirectory)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? envEngine = environment(EngineVariable), envModel = environment(ModelVariable);
        var (name, source) = !string.IsNullOrWhiteSpace(engineOption) ? (engineOption, "--engine")
            : !string.IsNullOrWhiteSpace(envEngine) ? (envEngine, EngineVariable)
            : !string.IsNullOrWhiteSpace(settings?.Engine) ? (settings!.Engine!, "tellme.yaml")
            // A model given by option or environment means Whisper: nobody passes a ggml file for pocketsphinx.
            : !string.IsNullOrWhiteSpace(modelOption) ? ("whisper", "--model")
            : ("pocketsphinx", "default");
        var engine = name.Trim().ToLowerInvariant() switch
        {
            "pocketsphinx" or "sphinx" => SpeechEngine.PocketSphinx,
            "whisper" => SpeechEngine.Whisper,
            _ => throw new AudioException($"unknown speech engine '{name}' (from {source}): use pocketsphinx (the default, offline from Debian) or whisper (with a ggml model file)"),
        };
        string? model = !string.IsNullOrWhiteSpace(modelOption) ? Path.GetFullPath(modelOption)
            : engine == SpeechEngine.Whisper && !string.IsNullOrWhiteSpace(envModel) ? Path.GetFullPath(envModel)
            : engine == SpeechEngine.Whisper && !string.IsNullOrWhiteSpace(settings?.Model) ? Path.GetFullPath(settings!.Model!, bankDirectory ?? Directory.GetCurrentDirectory())
            : null;
        return new SpeechChoice(engine, model, source);
    }

    /// <summary>Creates the chosen recogniser.</summary>
    /// <exception cref="AudioException">Its tool or model is missing, with what to install or where to get a model.</exception>
    public static ITranscriber Create(SpeechChoice choice, ToolLocator? tools = null)
    {
        ArgumentNullException.ThrowIfNull(choice);
        return choice.Engine switch
        {
            SpeechEngine.Whisper => WhisperTranscriber.Load(choice.Model),
            _ => PocketSphinxTranscriber.Find(tools ?? ToolLocator.FromEnvironment(), choice.Model),
        };
    }

    /// <summary>
    /// The spoken-practice service with the chosen recogniser and whatever decoder is installed (ffmpeg, else
    /// sox, else none: WAV still works). What the web app calls to turn an uploaded recording into feedback.
    /// </summary>
    public static SpokenPractice Practice(SpeechChoice choice, ToolLocator? tools = null)
    {
        tools ??= ToolLocator.FromEnvironment();
        return new SpokenPractice(new AudioReader(ToolAudioConverter.Find(tools)), Create(choice, tools));
    }
}
