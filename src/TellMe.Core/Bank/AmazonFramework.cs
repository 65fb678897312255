namespace TellMe.Bank;

/// <summary>
/// Amazon's sixteen Leadership Principles, built in so that <c>tellme init</c> starts a bank with the
/// framework most loops probe. The names are Amazon's; the one-line descriptions are TellMe's own summaries,
/// and an imported page's wording replaces them in that bank.
/// </summary>
public static class AmazonFramework
{
    private static readonly (string Id, string Name, string Description)[] Principles =
    [
        ("customer-obsession", "Customer Obsession", "Start from the customer and work backwards; win and keep their trust"),
        ("ownership", "Ownership", "Think long term and act for the whole company, not just your team"),
        ("invent-and-simplify", "Invent and Simplify", "Look for new ideas everywhere and make things simpler"),
        ("are-right-a-lot", "Are Right, A Lot", "Good judgment and instincts, checked against other views"),
        ("learn-and-be-curious", "Learn and Be Curious", "Keep learning and exploring new possibilities"),
        ("hire-and-develop-the-best", "Hire and Develop the Best", "Raise the bar with every hire and coach people to grow"),
        ("insist-on-the-highest-standards", "Insist on the Highest Standards", "Keep raising the bar so defects do not travel downstream"),
        ("think-big", "Think Big", "Set a bold direction and inspire people toward it"),
        ("bias-for-action", "Bias for Action", "Speed matters; many decisions can be reversed, so take calculated risks"),
        ("frugality", "Frugality", "Do more with less; constraints breed resourcefulness"),
        ("earn-trust", "Earn Trust", "Listen, speak candidly, treat people with respect, own your mistakes"),
        ("dive-deep", "Dive Deep", "Stay close to the details and audit them; no task is beneath you"),
        ("have-backbone-disagree-and-commit", "Have Backbone; Disagree and Commit", "Challenge decisions respectfully, then commit fully once decided"),
        ("deliver-results", "Deliver Results", "Focus on the key inputs and deliver with quality and on time"),
        ("strive-to-be-earths-best-employer", "Strive to be Earth's Best Employer", "Build a safer, more productive, more empathetic workplace"),
        ("success-and-scale-bring-broad-responsibility", "Success and Scale Bring Broad Responsibility", "Be humble about the effects of your actions and leave things better"),
    ];

    /// <summary>The framework with no stories attached.</summary>
    public static Framework Create() => new()
    {
        Id = "amazon",
        Name = "Amazon Leadership Principles",
        File = "frameworks/amazon.yaml",
        Principles = [.. Principles.Select((p, i) => new Principle { Id = p.Id, Number = i + 1, Name = p.Name, Description = p.Description })],
    };
}
