using IntegrationContracts.Cli;
using Spectre.Console;

return CliApp.Run(args, new CliOutput(AnsiConsole.Console, Console.Out, Console.Error));
