using System.Text;
using Ttpcov.Azure.Alerts;
using Ttpcov.Azure.Auth;
using Ttpcov.Emulator;

namespace Ttpcov.Azure.Tests;

/// <summary>
/// The live path with a known token and a known AZURE_CLIENT_SECRET in the environment, through every kind of
/// failure: neither may appear in any record, retry notice, recorded request, credential text, or in the message or
/// ToString() of any exception (inner ones included).
/// </summary>
public sealed class SecretLeakTests
{
    private const string ClientSecret = "cs~Q8vW3-known-client-secret-5f1e";

    private static readonly Func<EmulatorFault?>[] Scenarios =
    [
        () => null,
        () => EmulatorFault.WithStatus(401),
        () => EmulatorFault.WithStatus(403),
        () => EmulatorFault.Throttle("0"),
        () => EmulatorFault.DropConnection,
        () => EmulatorFault.Body("{\"tables\":[{\"name\":"),
        () => EmulatorFault.Body("{\"error\":{\"code\":\"PartialError\",\"message\":\"m\",\"innererror\":{\"code\":\"X\",\"message\":\"boom\"}}}"),
        () => EmulatorFault.Redirect(307, "http://127.0.0.1:9/elsewhere"),
    ];

    [Fact]
    public async Task Neither_the_token_nor_the_client_secret_appears_in_any_output_or_exception()
    {
        var seen = new StringBuilder();
        var environment = new Dictionary<string, string?> { ["AZURE_TENANT_ID"] = "t", ["AZURE_CLIENT_ID"] = "c", ["AZURE_CLIENT_SECRET"] = ClientSecret };
        var credential = TokenCredentialFactory.Create(new CredentialSettings { Mode = AuthMode.ClientSecret }, n => environment.GetValueOrDefault(n));
        seen.AppendLine(credential.ToString());
        var tokenSent = 0;
        foreach (var scenario in Scenarios)
        {
            await using var live = await LiveHarness.StartAsync(configure: o => o.MaxAttempts = 2);
            live.Emulator.AddWorkspace(LiveHarness.WorkspaceA, SyntheticAlerts.Generate(20, LiveHarness.Start, TimeSpan.FromDays(30), LiveHarness.WorkspaceA));
            if (scenario() is { } fault)
            {
                live.Emulator.Faults.Always(fault);
            }

            try
            {
                foreach (var record in await live.ReadAsync(AlertQueryMode.Rows))
                {
                    seen.AppendLine($"{record.SystemAlertId} {record.AlertName} {record.ExtendedProperties} {record.Location}");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                for (var e = ex; e is not null; e = e.InnerException)
                {
                    seen.AppendLine(e.Message).AppendLine(e.ToString());
                }
            }

            seen.AppendJoin('\n', live.Retries.Select(r => r.ToString()));
            foreach (var request in live.Emulator.Requests)
            {
                tokenSent += request.AuthorizationMatched ? 1 : 0;
                seen.AppendJoin('\n', request.Headers.Select(h => $"{h.Key}: {h.Value}")).AppendLine(request.Body);
            }
        }

        Assert.True(tokenSent >= Scenarios.Length, "the token was really used");
        Assert.DoesNotContain(LiveHarness.Token, seen.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ClientSecret, seen.ToString(), StringComparison.Ordinal);
    }
}
