using System.CommandLine;
using Ttpcov.Cli.Commands;

namespace Ttpcov.Cli;

/// <summary>
/// The ttpcov command line: builds the command tree, runs it, and is the one place where an exception becomes a
/// one-line <c>ttpcov: error: …</c> message and an exit code.
/// </summary>
public static class TtpcovApp
{
    public static RootCommand BuildRootCommand(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ttpcov: how well your Microsoft Sentinel alerts cover the techniques insiders really use (CTID Insider Threat TTP KB v2).");
        root.Subcommands.Add(new CoverageCommand(stdout, stderr));
        root.Subcommands.Add(new PullCommand(stdout, stderr));
        root.Subcommands.Add(new DiffCommand(stdout, stderr));
        root.Subcommands.Add(new RulesCommand(stdout, stderr));
        root.Subcommands.Add(new KqlCommand(stdout));
        root.Subcommands.Add(new EmulateCommand(stdout));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = BuildRootCommand(stdout, stderr);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await stderr.WriteLineAsync($"ttpcov: {error.Message}");
            }

            await stderr.WriteLineAsync("Run 'ttpcov --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parseResult.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromSeconds(10) });
        }
        catch (Exception exception) when (FatalError.From(exception) is { } fatal)
        {
            await stderr.WriteLineAsync($"ttpcov: error: {fatal.Message}");
            return fatal.ExitCode;
        }
    }
}
