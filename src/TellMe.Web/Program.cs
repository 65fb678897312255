using TellMe.Web;

// Standalone start (tests through WebApplicationFactory, and `dotnet run --project src/TellMe.Web -- --bank DIR`);
// users start the same app with `tellme serve`, which goes through TellMeServer too.
var app = TellMeServer.Build(args, ServeOptions.FromArgs(args));
app.Run();

/// <summary>The entry point, visible to Mvc.Testing.</summary>
public partial class Program;
