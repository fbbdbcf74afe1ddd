using Azure.Core;
using Azure.Identity;
using Ttpcov.Azure.Auth;

namespace Ttpcov.Azure.Tests;

public sealed class CredentialTests
{
    [Fact]
    public async Task Token_env_returns_the_token_from_the_named_variable()
    {
        var credential = TokenCredentialFactory.Create(
            new CredentialSettings { Mode = AuthMode.TokenEnv, TokenVariable = "MY_TOKEN" },
            name => name == "MY_TOKEN" ? " abc.def " : null);

        var token = await credential.GetTokenAsync(new TokenRequestContext(["s"]), TestContext.Current.CancellationToken);

        Assert.Equal("abc.def", token.Token);
        Assert.Equal("EnvironmentTokenCredential(MY_TOKEN)", credential.ToString());
    }

    [Fact]
    public void Token_env_expires_with_the_jwt()
    {
        var payload = Convert.ToBase64String("{\"exp\":1893456000}"u8.ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var credential = new EnvironmentTokenCredential("T", _ => $"eyJhbGciOiJub25lIn0.{payload}.sig");

        var token = credential.GetToken(new TokenRequestContext(["s"]), TestContext.Current.CancellationToken);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1893456000), token.ExpiresOn);
    }

    [Fact]
    public void Token_env_without_the_variable_names_the_variable()
    {
        var credential = new EnvironmentTokenCredential("TTPCOV_ACCESS_TOKEN", _ => null);

        var error = Assert.Throws<CredentialUnavailableException>(() => credential.GetToken(new TokenRequestContext(["s"]), TestContext.Current.CancellationToken));

        Assert.Contains("TTPCOV_ACCESS_TOKEN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Client_secret_reads_only_the_environment_and_names_what_is_missing()
    {
        var error = Assert.Throws<TokenPolicyException>(() => TokenCredentialFactory.Create(
            new CredentialSettings { Mode = AuthMode.ClientSecret },
            name => name == "AZURE_TENANT_ID" ? "t" : null));

        Assert.Contains("missing: AZURE_CLIENT_ID, AZURE_CLIENT_SECRET", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("default", AuthMode.Default, typeof(DefaultAzureCredential))]
    [InlineData("cli", AuthMode.Cli, typeof(AzureCliCredential))]
    [InlineData("managed-identity", AuthMode.ManagedIdentity, typeof(ManagedIdentityCredential))]
    [InlineData("workload-identity", AuthMode.WorkloadIdentity, typeof(WorkloadIdentityCredential))]
    [InlineData("device-code", AuthMode.DeviceCode, typeof(DeviceCodeCredential))]
    [InlineData("Token-Env", AuthMode.TokenEnv, typeof(EnvironmentTokenCredential))]
    public void Each_auth_mode_builds_its_credential(string name, AuthMode mode, Type type)
    {
        Assert.Equal(mode, TokenCredentialFactory.ParseMode(name));
        Assert.IsType(type, TokenCredentialFactory.Create(new CredentialSettings { Mode = mode, Cloud = AzureCloud.UsGov }, _ => "x"));
    }

    [Fact]
    public void An_unknown_auth_mode_lists_the_valid_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => TokenCredentialFactory.ParseMode("password"));

        Assert.Contains("token-env", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public", "https://api.loganalytics.azure.com/", "https://api.loganalytics.io/.default", "https://login.microsoftonline.com/")]
    [InlineData("USGOV", "https://api.loganalytics.us/", "https://api.loganalytics.us/.default", "https://login.microsoftonline.us/")]
    [InlineData("china", "https://api.loganalytics.azure.cn/", "https://api.loganalytics.azure.cn/.default", "https://login.chinacloudapi.cn/")]
    public void Clouds_keep_the_query_host_and_token_scope_apart(string name, string host, string scope, string authority)
    {
        var cloud = AzureCloud.Parse(name);

        Assert.Equal(host, cloud.QueryEndpoint.ToString());
        Assert.Equal(scope, cloud.QueryScope);
        Assert.Equal(authority, cloud.AuthorityHost.ToString());
    }
}
