using Spectre.Console;

namespace IntegrationContracts.Cli;

/// <summary>
/// Where a command writes: <see cref="Console"/> for what people read in a terminal (tables, progress),
/// <see cref="Out"/> for documents other tools read (JSON, Markdown, YAML: never wrapped or coloured), and
/// <see cref="Error"/> for one-line errors and notes.
/// </summary>
internal sealed record CliOutput(IAnsiConsole Console, TextWriter Out, TextWriter Error);
