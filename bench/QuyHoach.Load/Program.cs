using QuyHoach.Load;

// dotnet run -- seed-cadres --connection "Host=…" --count 100000
if (args.Length >= 5 && args[0] == "seed-cadres" && args[1] == "--connection" && args[3] == "--count")
{
    var count = int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture);
    var elapsed = await CadreBulkSeeder.SeedAsync(args[2], count);
    Console.WriteLine($"{{\"seeded\":{count},\"seconds\":{elapsed.TotalSeconds:0.0}}}");
    return 0;
}

// dotnet run -- import-file --count 20000 --out FILE.xlsx [--per-file 50000]: registry workbooks of new chuyên viên
// for the import benchmark; with --per-file, FILE-1.xlsx, FILE-2.xlsx… of at most that many cadres each (a sheet
// holds at most ImportLimits.MaxRowsPerSheet rows), the same rows as one file would hold, in order.
if (args.Length >= 5 && args[0] == "import-file" && args[1] == "--count" && args[3] == "--out")
{
    var count = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
    var perFile = args.Length >= 7 && args[5] == "--per-file" ? int.Parse(args[6], System.Globalization.CultureInfo.InvariantCulture) : count;
    var random = new Random(2026);
    for (var first = 1; first <= count; first += perFile)
    {
        var files = new QuyHoach.Testing.RegistryFiles();
        for (var i = first; i < first + perFile && i <= count; i++)
        {
            var female = random.Next(2) == 0;
            files.Cadre($"IMPORT-{i:D6}", QuyHoach.Web.Hosting.DemoNames.Next(random, female), sex: female ? "Nữ" : "Nam",
                birth: $"{random.Next(1, 29):D2}/{random.Next(1, 13):D2}/{random.Next(1970, 1998)}", unit: $"NDI-SCT-P0{1 + (i % 8)}");
            files.Evaluation($"IMPORT-{i:D6}", 2025, "HTTNV");
        }

        var path = perFile == count ? args[4] : args[4].Replace(".xlsx", $"-{1 + (first / perFile)}.xlsx", StringComparison.Ordinal);
        await File.WriteAllBytesAsync(path, files.Build());
        Console.WriteLine(path);
    }

    return 0;
}

// dotnet run -- server-latency --log APP.LOG --skip LINES --path /api/v1/cadres: percentiles measured by the server.
if (args.Length >= 7 && args[0] == "server-latency" && args[1] == "--log" && args[3] == "--skip" && args[5] == "--path")
{
    Console.WriteLine(ServerLatency.Summarise(args[2], int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture), args[6]));
    return 0;
}

// National benchmark modes (bench/national.sh).
if (args.Length >= 3 && args[0] == "national-screen" && args[1] == "--connection")
{
    Console.WriteLine(await NationalScreening.RunAsync(args[2]));
    return 0;
}

// sql-load CONNECTION PGLOG URL COOKIE USERS SECONDS THINK-MS
if (args.Length >= 8 && args[0] == "sql-load")
{
    int Int(string s) => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
    Console.WriteLine(await NationalModes.SqlLoadAsync(args[1], args[2], args[3], args[4], Int(args[5]), Int(args[6]), Int(args[7])));
    return 0;
}

if (args.Length >= 5 && args[0] == "copy-rows" && args[1] == "--connection" && args[3] == "--count")
{
    Console.WriteLine(await NationalModes.CopyRowsAsync(args[2], int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture)));
    return 0;
}

Console.Error.WriteLine("Cách dùng: seed-cadres --connection CHUỖI-KẾT-NỐI --count SỐ-CÁN-BỘ | import-file --count SỐ-DÒNG --out TỆP.xlsx"
    + " | server-latency --log TỆP-NHẬT-KÝ --skip SỐ-DÒNG --path ĐƯỜNG-DẪN | national-screen --connection CHUỖI | sql-load CHUỖI NHẬT-KÝ-PG URL COOKIE SỐ-NGƯỜI GIÂY NGHỈ-MS"
    + " | copy-rows --connection CHUỖI --count SỐ-DÒNG");
return 2;
