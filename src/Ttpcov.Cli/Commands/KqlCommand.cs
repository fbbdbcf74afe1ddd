using System.CommandLine;
using Ttpcov.Azure.Alerts;

namespace Ttpcov.Cli.Commands;

/// <summary><c>ttpcov kql</c>: prints the query ttpcov runs, in the form that pastes into the portal's Logs blade as-is.</summary>
internal sealed class KqlCommand : Command
{
    private readonly Option<AlertQueryMode> mode = new("--mode")
    {
        Description = "groups (one row per alert group, the default) or rows (one row per alert)",
        DefaultValueFactory = _ => AlertQueryMode.Groups,
    };

    private readonly Option<int> days = new("--days")
    {
        Description = "Lookback in days (let Lookback = Nd)",
        DefaultValueFactory = _ => 90,
    };

    public KqlCommand(TextWriter? output = null)
        : base("kql", "Print the KQL ttpcov runs, ready to paste into the Log Analytics portal")
    {
        Options.Add(mode);
        Options.Add(days);
        var writer = output ?? Console.Out;
        SetAction(async (ParseResult parseResult, CancellationToken cancellationToken) =>
        {
            var lookback = parseResult.GetValue(days);
            if (lookback <= 0)
            {
                throw new InputException("--days must be at least 1");
            }

            await writer.WriteAsync(AlertQueryBuilder.ForPortal(parseResult.GetValue(mode), TimeSpan.FromDays(lookback)).AsMemory(), cancellationToken);
            return 0;
        });
    }
}
