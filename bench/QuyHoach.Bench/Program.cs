using BenchmarkDotNet.Running;

if (args is ["ballots", ..])
{
    return QuyHoach.Bench.BallotScanBench.Run(args);
}

if (args is ["ballots-profile", ..])
{
    return QuyHoach.Bench.BallotProfileBench.Run(args);
}

if (args is ["ballots-count", ..])
{
    return QuyHoach.Bench.BallotCountBench.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(QuyHoach.Bench.ScreeningBenchmark).Assembly).Run(args);
return 0;
