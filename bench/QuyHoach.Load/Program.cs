using QuyHoach.Load;

// dotnet run -- seed-cadres --connection "Host=…" --count 100000
if (args.Length >= 5 && args[0] == "seed-cadres" && args[1] == "--connection" && args[3] == "--count")
{
    var count = int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture);
    var elapsed = await CadreBulkSeeder.SeedAsync(args[2], count);
    Console.WriteLine($"{{\"seeded\":{count},\"seconds\":{elapsed.TotalSeconds:0.0}}}");
    return 0;
}

Console.Error.WriteLine("Cách dùng: seed-cadres --connection CHUỖI-KẾT-NỐI --count SỐ-CÁN-BỘ");
return 2;
