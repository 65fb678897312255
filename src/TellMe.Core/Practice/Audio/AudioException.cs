namespace TellMe.Practice.Audio;

/// <summary>
/// A recording that cannot be analysed, or a tool or model that is missing, with a message written for the
/// user: what is wrong and what to do ("install Debian's ffmpeg: sudo apt-get install ffmpeg"). Callers show
/// the message as it is and exit with the usage code; it never carries a stack trace to the screen.
/// </summary>
public sealed class AudioException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AudioException(string message) : base(message) { }

    /// <summary>Creates the exception with its cause.</summary>
    public AudioException(string message, Exception inner) : base(message, inner) { }
}
