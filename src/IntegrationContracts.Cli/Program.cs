using IntegrationContracts.Cli;
using Spectre.Console;

var console = AnsiConsole.Console;
if (ConsoleWidth.For(Console.IsOutputRedirected, Environment.GetEnvironmentVariable("COLUMNS")) is { } width)
{
    console.Profile.Width = width;
}

return CliApp.Run(args, new CliOutput(console, Console.Out, Console.Error));
