using QuyHoach.Documents.Ballots;

namespace QuyHoach.Scanning.Corpus;

/// <summary>What the reader must say about one sheet (or one stray page) of the corpus.</summary>
/// <param name="Scenario">What was done to it (normal, blank, over-quota, faint, corrected, write-in, other-ballot, twice).</param>
/// <param name="Expected">Valid, invalid or review.</param>
/// <param name="MarkedLines">The printed lines marked (for a valid sheet, what must be counted).</param>
/// <param name="Pages">Its pages' positions in the upload.</param>
/// <param name="Dpi">The resolution it was scanned at.</param>
public sealed record TruthSheet(string Scenario, SheetOutcome Expected, IReadOnlySet<string> MarkedLines, IReadOnlyList<int> Pages, int Dpi);

/// <summary>A generated upload: the scanned files in upload order, the truth and the layouts of the count.</summary>
public sealed record CorpusSet(IReadOnlyList<byte[]> Files, IReadOnlyList<TruthSheet> Truth, IReadOnlyList<BallotLayout> Layouts);

/// <summary>
/// Kho phiếu thử: prints the corpus ballots with the app's own PDF writer, rasterises them with pdftoppm at each
/// resolution, marks them by a program that knows the truth (<see cref="Pen"/>), scans them through
/// <see cref="Scanner"/> (skew, shift, scale, noise, blur, JPEG, a few upside down), adds pages of another ballot and
/// pages scanned twice, and shuffles the upload.
/// </summary>
public static class CorpusBuilder
{
    /// <summary>An upload of <paramref name="sheets"/> sheets spread over <paramref name="dpis"/>.</summary>
    public static CorpusSet Build(int sheets, IReadOnlyList<int> dpis, int seed)
    {
        ArgumentNullException.ThrowIfNull(dpis);
        var random = new Random(seed);
        var files = new List<byte[]>();
        var truth = new List<(TruthSheet Sheet, int? TwinOf)>();
        var next = 0;
        foreach (var (dpi, group) in dpis.Select((d, i) => (d, (sheets * (i + 1) / dpis.Count) - (sheets * i / dpis.Count))))
        {
            var all = Enumerable.Range(next, group).Select(i => SheetPlan.For(i, random)).ToList();
            next += group;
            foreach (var plans in all.Chunk(40).Select(c => c.ToList()))
            {
                Add(plans, dpi, random, files, truth);
            }
        }

        return Shuffle(files, truth, random);
    }

    /// <summary>Prints, rasterises, marks and scans <paramref name="plans"/> (a chunk, to bound the memory of the rasters).</summary>
    private static void Add(List<SheetPlan> plans, int dpi, Random random, List<byte[]> files, List<(TruthSheet Sheet, int? TwinOf)> truth)
    {
        var rasters = Raster(plans.Select(p => p.Paper).ToList(), dpi);
        var pixelsPerMm = dpi / 25.4;
        var first = new int[plans.Count + 1];
        for (var k = 0; k < plans.Count; k++)
        {
            first[k + 1] = first[k] + BallotLayoutPlanner.Pages(plans[k].Paper).Count;
        }

        // Each sheet is marked and scanned with its own generator, so the corpus is the same on any number of cores.
        var scans = new (List<byte[]> Pages, byte[]? Twin)[plans.Count];
        var seeds = plans.Select(_ => random.Next()).ToArray();
        Parallel.For(0, plans.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
        {
            var own = new Random(seeds[k]);
            var pages = rasters.Skip(first[k]).Take(first[k + 1] - first[k]).ToList();
            plans[k].Draw(pages, pixelsPerMm, own);
            var scanned = pages.Select(page => Scanner.Scan(page.Pixels, page.Width, page.Height, pixelsPerMm, ScanDistortion.Random(own, own.Next(25) == 0), own)).ToList();
            var twin = plans[k].Scenario == SheetPlan.Twice
                ? Scanner.Scan(pages[0].Pixels, pages[0].Width, pages[0].Height, pixelsPerMm, ScanDistortion.Random(own, false), own)
                : null;
            scans[k] = (scanned, twin);
        });

        for (var k = 0; k < plans.Count; k++)
        {
            var indexes = new List<int>();
            foreach (var page in scans[k].Pages)
            {
                indexes.Add(files.Count);
                files.Add(page);
            }

            var sheet = new TruthSheet(plans[k].Scenario, plans[k].Expected, plans[k].MarkedLines, indexes, dpi);
            truth.Add((sheet, null));
            if (scans[k].Twin is { } twin)
            {
                files.Add(twin);
                truth.Add((sheet with { Pages = [files.Count - 1] }, truth.Count - 1));
            }
        }
    }

    /// <summary>The layouts of the count (the stranger's is not among them).</summary>
    public static IReadOnlyList<BallotLayout> Layouts => [.. CorpusBallots.Counted.Select(BallotLayoutPlanner.Layout)];

    private static List<GreyImage> Raster(List<BallotPaper> papers, int dpi)
    {
        using var pdf = new MemoryStream();
        BallotPdf.Write(pdf, [.. papers.Select(p => new BallotPrint(p, 1))]);
        return [.. PdfRasteriser.Pages(pdf.ToArray(), dpi)];
    }

    /// <summary>Shuffles the pages; of a sheet scanned twice, the earlier scan counts and the later is seen twice.</summary>
    private static CorpusSet Shuffle(List<byte[]> files, List<(TruthSheet Sheet, int? TwinOf)> truth, Random random)
    {
        var order = Enumerable.Range(0, files.Count).OrderBy(_ => random.Next()).ToArray();
        var position = new int[files.Count];
        for (var i = 0; i < order.Length; i++)
        {
            position[order[i]] = i;
        }

        var moved = truth.Select(t => t.Sheet with { Pages = [.. t.Sheet.Pages.Select(p => position[p]).Order()] }).ToList();
        for (var i = 0; i < truth.Count; i++)
        {
            if (truth[i].TwinOf is { } twin)
            {
                var later = moved[i].Pages[0] > moved[twin].Pages[0] ? i : twin;
                var earlier = later == i ? twin : i;
                moved[earlier] = moved[earlier] with { Expected = truth[twin].Sheet.Expected };
                moved[later] = moved[later] with { Expected = SheetOutcome.Review, Scenario = SheetPlan.Twice };
                moved[earlier] = moved[earlier] with { Scenario = "normal" };
            }
        }

        return new CorpusSet([.. order.Select(i => files[i])], moved, Layouts);
    }
}
