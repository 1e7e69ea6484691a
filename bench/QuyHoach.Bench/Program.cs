using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(QuyHoach.Bench.ScreeningBenchmark).Assembly).Run(args);
