using Spectre.Console.Testing;

namespace IntegrationContracts.Cli.Tests;

/// <summary>Runs the tool in-process, as its Program does, and keeps what it wrote where.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Out, string Error, string Console)
    {
        public override string ToString() => $"exit {ExitCode}\n--- out\n{Out}\n--- error\n{Error}\n--- console\n{Console}";
    }

    public static Result Run(params string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 200;
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = CliApp.Run(args, new CliOutput(console, output, error));
        return new Result(exit, output.ToString(), error.ToString(), console.Output);
    }
}
