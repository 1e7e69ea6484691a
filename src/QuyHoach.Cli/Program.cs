using QuyHoach.Cli.Infrastructure;

return await CliApp.RunAsync(args, Console.Out, Console.Error);
