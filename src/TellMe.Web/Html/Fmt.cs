using System.Globalization;

namespace TellMe.Web.Html;

/// <summary>Numbers as the pages write them.</summary>
public static class Fmt
{
    /// <summary>A share as a whole percentage: 0.937 → "94%".</summary>
    public static string Pct(double share) => Math.Round(share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
