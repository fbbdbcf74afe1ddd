namespace Ttpcov.Azure.Auth;

/// <summary>
/// The live path refuses to run as configured: a token would go somewhere it must not (plain http to a
/// non-loopback host, another host than the endpoint), or the credential's settings are incomplete.
/// </summary>
public sealed class TokenPolicyException(string message) : Exception(message);
