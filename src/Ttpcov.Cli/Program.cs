using Ttpcov.Cli;

return await TtpcovApp.RunAsync(args, Console.Out, Console.Error);
