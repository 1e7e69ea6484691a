using QuyHoach.Load;

// dotnet run -- seed-cadres --connection "Host=…" --count 100000
if (args.Length >= 5 && args[0] == "seed-cadres" && args[1] == "--connection" && args[3] == "--count")
{
    var count = int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture);
    var elapsed = await CadreBulkSeeder.SeedAsync(args[2], count);
    Console.WriteLine($"{{\"seeded\":{count},\"seconds\":{elapsed.TotalSeconds:0.0}}}");
    return 0;
}

// dotnet run -- import-file --count 20000 --out FILE.xlsx: a registry workbook of new chuyên viên for the import benchmark.
if (args.Length >= 5 && args[0] == "import-file" && args[1] == "--count" && args[3] == "--out")
{
    var count = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
    var files = new QuyHoach.Testing.RegistryFiles();
    var random = new Random(2026);
    for (var i = 1; i <= count; i++)
    {
        var female = random.Next(2) == 0;
        files.Cadre($"IMPORT-{i:D6}", QuyHoach.Web.Hosting.DemoNames.Next(random, female), sex: female ? "Nữ" : "Nam",
            birth: $"{random.Next(1, 29):D2}/{random.Next(1, 13):D2}/{random.Next(1970, 1998)}", unit: $"NDI-SCT-P0{1 + (i % 8)}");
        files.Evaluation($"IMPORT-{i:D6}", 2025, "HTTNV");
    }

    await File.WriteAllBytesAsync(args[4], files.Build());
    return 0;
}

// dotnet run -- server-latency --log APP.LOG --skip LINES --path /api/v1/cadres: percentiles measured by the server.
if (args.Length >= 7 && args[0] == "server-latency" && args[1] == "--log" && args[3] == "--skip" && args[5] == "--path")
{
    Console.WriteLine(ServerLatency.Summarise(args[2], int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture), args[6]));
    return 0;
}

Console.Error.WriteLine("Cách dùng: seed-cadres --connection CHUỖI-KẾT-NỐI --count SỐ-CÁN-BỘ | import-file --count SỐ-DÒNG --out TỆP.xlsx"
    + " | server-latency --log TỆP-NHẬT-KÝ --skip SỐ-DÒNG --path ĐƯỜNG-DẪN");
return 2;
