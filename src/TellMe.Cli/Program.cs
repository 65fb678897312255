using TellMe.Cli;
using TellMe.Cli.Output;

return TellMeApp.Run(args, Terminal.FromProcess());
