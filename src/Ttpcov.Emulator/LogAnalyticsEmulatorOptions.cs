namespace Ttpcov.Emulator;

/// <summary>Settings of <see cref="LogAnalyticsEmulator"/>.</summary>
public sealed class LogAnalyticsEmulatorOptions
{
    /// <summary>The loopback port; 0 picks a free one (read <see cref="LogAnalyticsEmulator.Endpoint"/>).</summary>
    public int Port { get; set; }

    /// <summary>The bearer token the emulator accepts; any other gets 403 InvalidAuthenticationToken.</summary>
    public string Token { get; set; } = "emulator-token";

    /// <summary>A token answered with 403 InvalidAuthenticationTokenAudience (a token for another API).</summary>
    public string? WrongAudienceToken { get; set; } = "wrong-audience-token";

    /// <summary>Rows above this count are cut off and answered with the PartialError of the size limit.</summary>
    public int RowCap { get; set; } = 500_000;

    /// <summary>A query containing this text gets 400 BadArgumentError/SyntaxError.</summary>
    public string? SyntaxErrorTrigger { get; set; }

    /// <summary>The emulator's clock, for <c>ago()</c>-style lookbacks and duration timespans.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Reads rows for <see cref="LogAnalyticsEmulator.AddWorkspace(string, Stream)"/>.</summary>
    public IAlertRowLoader RowLoader { get; set; } = new AlertFileRowLoader();
}
