using QuyHoach.Documents.Ballots;

namespace QuyHoach.Scanning.Corpus;

/// <summary>What the reader must say about one sheet (or one stray page) of the corpus.</summary>
/// <param name="Scenario">What was done to it (normal, blank, over-quota, faint, corrected, write-in, other-ballot, twice).</param>
/// <param name="Expected">Valid, invalid or review.</param>
/// <param name="MarkedLines">The printed lines marked (for a valid sheet, what must be counted).</param>
/// <param name="Pages">Its pages' positions in the upload.</param>
/// <param name="Dpi">The resolution it was scanned at.</param>
/// <param name="Scans">What the scanner did to each of its pages (for the rates per distortion).</param>
public sealed record TruthSheet(string Scenario, SheetOutcome Expected, IReadOnlySet<string> MarkedLines, IReadOnlyList<int> Pages, int Dpi, IReadOnlyList<ScanDistortion>? Scans = null);

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
    /// <summary>An upload of <paramref name="sheets"/> sheets spread over <paramref name="dpis"/>, with the doubtful
    /// sheets of <paramref name="mix"/>.</summary>
    public static CorpusSet Build(int sheets, IReadOnlyList<int> dpis, int seed, CorpusMix mix = CorpusMix.Stress)
    {
        ArgumentNullException.ThrowIfNull(dpis);
        var random = new Random(seed);
        var files = new List<byte[]>();
        var truth = new List<(TruthSheet Sheet, int? TwinOf)>();
        var next = 0;
        foreach (var (dpi, group) in dpis.Select((d, i) => (d, (sheets * (i + 1) / dpis.Count) - (sheets * i / dpis.Count))))
        {
            var all = Enumerable.Range(next, group).Select(i => SheetPlan.For(i, random, mix)).ToList();
            next += group;
            foreach (var plans in all.Chunk(40).Select(c => c.ToList()))
            {
                Add(plans, dpi, random, files, truth, jpegOnly: false);
            }
        }

        return Shuffle(files, truth, random, Layouts);
    }

    /// <summary>The upload of one ballot's stack as an office scanner makes a PDF of it: <paramref name="sheets"/>
    /// sheets of <paramref name="paper"/> marked by ordinary voters (<see cref="SheetPlan.Voter"/>), every page a JPEG
    /// at <paramref name="dpi"/>, shuffled.</summary>
    public static CorpusSet Stack(BallotPaper paper, int sheets, int dpi, int seed)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var random = new Random(seed);
        var files = new List<byte[]>();
        var truth = new List<(TruthSheet Sheet, int? TwinOf)>();
        var all = Enumerable.Range(0, sheets).Select(i => SheetPlan.Voter(i, random, paper)).ToList();
        foreach (var plans in all.Chunk(40).Select(c => c.ToList()))
        {
            Add(plans, dpi, random, files, truth, jpegOnly: true);
        }

        return Shuffle(files, truth, random, [BallotLayoutPlanner.Layout(paper)]);
    }

    /// <summary>Prints, rasterises, marks and scans <paramref name="plans"/> (a chunk, to bound the memory of the rasters).</summary>
    private static void Add(List<SheetPlan> plans, int dpi, Random random, List<byte[]> files, List<(TruthSheet Sheet, int? TwinOf)> truth, bool jpegOnly)
    {
        var rasters = Raster(plans.Select(p => p.Paper).ToList(), dpi);
        var pixelsPerMm = dpi / 25.4;
        var first = new int[plans.Count + 1];
        for (var k = 0; k < plans.Count; k++)
        {
            first[k + 1] = first[k] + BallotLayoutPlanner.Pages(plans[k].Paper).Count;
        }

        // Each sheet is marked and scanned with its own generator, so the corpus is the same on any number of cores.
        var scans = new (List<byte[]> Pages, List<ScanDistortion> Distortions, (byte[] File, ScanDistortion Distortion)? Twin)[plans.Count];
        var seeds = plans.Select(_ => random.Next()).ToArray();
        Parallel.For(0, plans.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
        {
            var own = new Random(seeds[k]);
            var pages = rasters.Skip(first[k]).Take(first[k + 1] - first[k]).ToList();
            plans[k].Draw(pages, pixelsPerMm, own);
            ScanDistortion Distortion(bool upsideDown)
            {
                var d = ScanDistortion.Random(own, upsideDown);
                return jpegOnly && d.JpegQuality == 0 ? d with { JpegQuality = 90 } : d;
            }

            var distortions = new List<ScanDistortion>();
            var scanned = pages.Select(page =>
            {
                distortions.Add(Distortion(own.Next(25) == 0));
                return Scanner.Scan(page.Pixels, page.Width, page.Height, pixelsPerMm, distortions[^1], own);
            }).ToList();
            (byte[], ScanDistortion)? twin = null;
            if (plans[k].Scenario == SheetPlan.Twice)
            {
                var again = Distortion(false);
                twin = (Scanner.Scan(pages[0].Pixels, pages[0].Width, pages[0].Height, pixelsPerMm, again, own), again);
            }

            scans[k] = (scanned, distortions, twin);
        });

        for (var k = 0; k < plans.Count; k++)
        {
            var indexes = new List<int>();
            foreach (var page in scans[k].Pages)
            {
                indexes.Add(files.Count);
                files.Add(page);
            }

            var sheet = new TruthSheet(plans[k].Scenario, plans[k].Expected, plans[k].MarkedLines, indexes, dpi, scans[k].Distortions);
            truth.Add((sheet, null));
            if (scans[k].Twin is { } twin)
            {
                files.Add(twin.File);
                truth.Add((sheet with { Pages = [files.Count - 1], Scans = [twin.Distortion] }, truth.Count - 1));
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
    private static CorpusSet Shuffle(List<byte[]> files, List<(TruthSheet Sheet, int? TwinOf)> truth, Random random, IReadOnlyList<BallotLayout> layouts)
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

        return new CorpusSet([.. order.Select(i => files[i])], moved, layouts);
    }
}
