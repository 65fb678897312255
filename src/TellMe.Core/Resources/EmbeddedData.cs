namespace TellMe.Resources;

/// <summary>
/// The team's data files shipped inside TellMe.Core (<c>data/*.yaml</c>), read by resource name. They are
/// project data, not user input: a missing or malformed one is a build defect, so readers throw and the
/// tests load every one of them.
/// </summary>
internal static class EmbeddedData
{
    private const string Prefix = "TellMe.Data.";

    /// <summary>The text of <c>data/NAME</c> (for a subfolder, <c>frameworks.google.yaml</c>).</summary>
    public static string Read(string name)
    {
        var assembly = typeof(EmbeddedData).Assembly;
        using var stream = assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidDataException($"the embedded resource data/{name} is missing from TellMe.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The names (after <c>data/FOLDER/</c>) of the embedded files of a folder, in ordinal order.</summary>
    public static IReadOnlyList<string> List(string folder, string extension) =>
        [.. typeof(EmbeddedData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith($"{Prefix}{folder}.", StringComparison.Ordinal) && n.EndsWith(extension, StringComparison.Ordinal))
            .Select(n => n[(Prefix.Length + folder.Length + 1)..])
            .Order(StringComparer.Ordinal)];
}
