using System.Buffers.Text;
using System.Text.Json;
using Azure.Core;
using Azure.Identity;

namespace Ttpcov.Azure.Auth;

/// <summary>
/// A bearer token taken as-is from an environment variable (<c>--auth token-env</c>), e.g. from
/// <c>az account get-access-token</c> in CI. It expires at the JWT's <c>exp</c>, or after an hour when the token
/// is not a JWT. The token itself is never part of a message or <see cref="ToString"/>.
/// </summary>
public sealed class EnvironmentTokenCredential(string variableName, Func<string, string?>? environment = null, TimeProvider? timeProvider = null)
    : TokenCredential
{
    private readonly Func<string, string?> env = environment ?? Environment.GetEnvironmentVariable;
    private readonly TimeProvider time = timeProvider ?? TimeProvider.System;

    public string VariableName { get; } = variableName;

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        var token = env(VariableName)?.Trim();
        if (string.IsNullOrEmpty(token))
        {
            throw new CredentialUnavailableException($"--auth token-env: the environment variable {VariableName} is not set or empty.");
        }

        return new AccessToken(token, ExpiryOf(token) ?? time.GetUtcNow().AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));

    public override string ToString() => $"{nameof(EnvironmentTokenCredential)}({VariableName})";

    private static DateTimeOffset? ExpiryOf(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        try
        {
            var payload = Base64Url.DecodeFromChars(parts[1]);
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }
}
