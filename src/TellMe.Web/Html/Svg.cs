using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace TellMe.Web.Html;

/// <summary>One bar of a chart: a label, stacked values (drawn in series colours), and a tooltip.</summary>
public sealed record Bar(string Label, double[] Values, string Title);

/// <summary>
/// Server-rendered SVG charts. Colours are CSS classes (<c>series-0</c>…) and text uses <c>currentColor</c>, so the
/// stylesheet makes them readable in light and dark mode; no script, no chart library.
/// </summary>
public static class Svg
{
    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A bar chart, bars stacked by series, with a y axis from 0 to the largest total.</summary>
    public static IHtmlContent Bars(IReadOnlyList<Bar> bars, string label, string unit = "", int height = 180)
    {
        const int left = 36, bottom = 28, top = 12, right = 8;
        int width = Math.Max(320, bars.Count * 28 + left + right);
        double max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Values.Sum()));
        double nice = Nice(max);
        double plotH = height - top - bottom, step = (width - left - right) / (double)Math.Max(1, bars.Count);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{ContentHtml.Encode(label)}\" preserveAspectRatio=\"xMidYMid meet\">");
        for (int g = 0; g <= 4; g++)
        {
            double v = nice * g / 4, y = top + plotH - plotH * v / nice;
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{left}\" x2=\"{width - right}\" y1=\"{N(y)}\" y2=\"{N(y)}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{left - 6}\" y=\"{N(y + 4)}\" text-anchor=\"end\">{N(v)}{unit}</text>");
        }
        for (int i = 0; i < bars.Count; i++)
        {
            double x = left + i * step + step * 0.15, w = step * 0.7, y = top + plotH;
            sb.Append("<g><title>").Append(ContentHtml.Encode(bars[i].Title)).Append("</title>");
            for (int s = 0; s < bars[i].Values.Length; s++)
            {
                double h = plotH * bars[i].Values[s] / nice;
                if (h <= 0) continue;
                y -= h;
                sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"series-{s}\" x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(w)}\" height=\"{N(h)}\" rx=\"2\"/>");
            }
            sb.Append("</g>");
            if (bars.Count <= 16 || i % 2 == 0)
                sb.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{N(x + w / 2)}\" y=\"{height - 10}\" text-anchor=\"middle\">{ContentHtml.Encode(bars[i].Label)}</text>");
        }
        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    /// <summary>
    /// Calibration: for each range of predicted recall, the predicted mean (hollow mark) against what was measured
    /// (bar), on a 0–100 % scale with the diagonal of a perfect prediction.
    /// </summary>
    public static IHtmlContent Calibration(IReadOnlyList<(double Predicted, double Measured, int Reviews)> points, int size = 240)
    {
        const int pad = 34;
        double plot = size - pad - 10;
        double X(double v) => pad + plot * v;
        double Y(double v) => 10 + plot * (1 - v);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart square\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"Measured recall against predicted recall\">");
        for (int g = 0; g <= 4; g++)
        {
            double v = g / 4.0;
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{N(X(0))}\" x2=\"{N(X(1))}\" y1=\"{N(Y(v))}\" y2=\"{N(Y(v))}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{pad - 5}\" y=\"{N(Y(v) + 4)}\" text-anchor=\"end\">{g * 25}%</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{N(X(v))}\" y=\"{size - 2}\" text-anchor=\"middle\">{g * 25}%</text>");
        }
        sb.Append(CultureInfo.InvariantCulture, $"<line class=\"ideal\" x1=\"{N(X(0))}\" y1=\"{N(Y(0))}\" x2=\"{N(X(1))}\" y2=\"{N(Y(1))}\"/>");
        foreach (var (p, m, n) in points)
        {
            double r = Math.Clamp(3 + Math.Sqrt(n), 4, 12);
            sb.Append(CultureInfo.InvariantCulture, $"<circle class=\"series-0\" cx=\"{N(X(p))}\" cy=\"{N(Y(m))}\" r=\"{N(r)}\"><title>predicted {p:P0}, measured {m:P0} over {n} reviews</title></circle>");
        }
        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    /// <summary>A horizontal bar split into segments (e.g. new / learning / young / mature), for tables.</summary>
    public static IHtmlContent Stack(IReadOnlyList<(int Value, string Title)> segments, int width = 160, int height = 12)
    {
        double total = Math.Max(1, segments.Sum(s => s.Value));
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"stack\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{ContentHtml.Encode(string.Join(", ", segments.Select(s => $"{s.Value} {s.Title}")))}\">");
        sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"track\" width=\"{width}\" height=\"{height}\" rx=\"{height / 2}\"/>");
        double x = 0;
        for (int i = 0; i < segments.Count; i++)
        {
            double w = width * segments[i].Value / total;
            if (w <= 0) continue;
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"level-{i}\" x=\"{N(x)}\" width=\"{N(w)}\" height=\"{height}\"><title>{segments[i].Value} {ContentHtml.Encode(segments[i].Title)}</title></rect>");
            x += w;
        }
        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    /// <summary>A ring showing a share (0–1), with the percentage in the middle.</summary>
    public static IHtmlContent Ring(double share, string label, int size = 96)
    {
        share = Math.Clamp(share, 0, 1);
        double r = size / 2.0 - 8, c = 2 * Math.PI * r;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"ring\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"{ContentHtml.Encode(label)}\">");
        sb.Append(CultureInfo.InvariantCulture, $"<circle class=\"track\" cx=\"{size / 2}\" cy=\"{size / 2}\" r=\"{N(r)}\"/>");
        if (share > 0) sb.Append(CultureInfo.InvariantCulture, $"<circle class=\"value\" cx=\"{size / 2}\" cy=\"{size / 2}\" r=\"{N(r)}\" stroke-dasharray=\"{N(c * share)} {N(c)}\" transform=\"rotate(-90 {size / 2} {size / 2})\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"50%\" y=\"50%\" dominant-baseline=\"central\" text-anchor=\"middle\">{Math.Round(share * 100)}%</text>");
        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    private static double Nice(double max)
    {
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (double f in new[] { 1, 2, 2.5, 4, 5, 10 })
            if (f * magnitude >= max) return Math.Max(4, f * magnitude);
        return max;
    }
}
