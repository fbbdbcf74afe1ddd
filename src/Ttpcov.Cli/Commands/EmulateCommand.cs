using System.CommandLine;
using Ttpcov.Emulator;

namespace Ttpcov.Cli.Commands;

/// <summary>
/// <c>ttpcov emulate</c>: serves NDJSON SecurityAlert rows through the loopback Log Analytics emulator until
/// Ctrl+C. Rows go to the workspace named by their TenantId (when it is a GUID), else to <c>--workspace</c>.
/// The accepted bearer token is read from the environment variable named by <c>--token-env</c>.
/// </summary>
internal sealed class EmulateCommand : Command
{
    private readonly Option<FileInfo> alerts = new("--alerts") { Description = "A SecurityAlert export in any format ttpcov reads (query API JSON, JSON rows, NDJSON, CSV, .gz)", Required = true };

    private readonly Option<int> port = new("--port") { Description = "Loopback port (0 picks a free one)", DefaultValueFactory = _ => 0 };

    private readonly Option<string> tokenEnv = new("--token-env")
    {
        Description = "Environment variable holding the bearer token the emulator accepts",
        DefaultValueFactory = _ => "TTPCOV_ACCESS_TOKEN",
    };

    private readonly Option<string> workspace = new("--workspace")
    {
        Description = "Workspace GUID for rows without a GUID TenantId",
        DefaultValueFactory = _ => "00000000-0000-4000-8000-000000000001",
    };

    public EmulateCommand(TextWriter? output = null)
        : base("emulate", "Serve alerts through a loopback emulator of the Log Analytics query API")
    {
        Options.Add(alerts);
        Options.Add(port);
        Options.Add(tokenEnv);
        Options.Add(workspace);
        var writer = output ?? Console.Out;
        SetAction(async (ParseResult parseResult, CancellationToken cancellationToken) =>
        {
            var variable = parseResult.GetValue(tokenEnv)!;
            var token = Environment.GetEnvironmentVariable(variable);
            if (string.IsNullOrEmpty(token))
            {
                throw new InputException($"set the environment variable {variable} to the token the emulator should accept");
            }

            var fallback = parseResult.GetValue(workspace)!;
            var options = new LogAnalyticsEmulatorOptions { Port = parseResult.GetValue(port), Token = token };
            List<IReadOnlyDictionary<string, string?>> rows;
            await using (var file = parseResult.GetValue(alerts)!.OpenRead())
            {
                rows = options.RowLoader.Load(file).ToList();
            }

            await using var emulator = await LogAnalyticsEmulator.StartAsync(options, cancellationToken);
            foreach (var group in rows.GroupBy(r => r.TryGetValue("TenantId", out var t) && Guid.TryParse(t, out _) ? t! : fallback))
            {
                emulator.AddWorkspace(group.Key, group);
                await writer.WriteLineAsync($"workspace {group.Key}: {group.Count()} rows");
            }

            await writer.WriteLineAsync($"Log Analytics emulator listening on {emulator.Endpoint} (Ctrl+C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }

            return 0;
        });
    }
}
