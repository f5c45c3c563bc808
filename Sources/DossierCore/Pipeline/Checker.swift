import Foundation

/// `dossier check`: reads and links a whole site and reports every problem; writes nothing.
public enum Checker {
    /// The linked site (drafts included when asked) and every diagnostic of the site,
    /// drafts always checked too, of its templates (loaded on the other core), and of
    /// the files it does not read.
    public static func check(root: URL, includeDrafts: Bool = false,
                             timings: Timings = Timings()) throws(DossierError) -> (SiteGraph?, DiagnosticReport) {
        let folder = SiteFolder(root: root)
        let listing = try folder.listing()
        let theme = ThemeLoad(folder, listing)
        var uses = UseChecks()
        let (graph, checked) = try check(root: root, includeDrafts: includeDrafts, timings: timings, listing: listing,
                                         reusing: nil, uses: &uses)
        let (loaded, report) = try theme.join(checked)
        return (loaded == nil ? nil : graph, report.adding(listing.notRead))
    }

    /// What a build of `graph` warns of besides its diagnostics: what it leaves out for
    /// want of a setting. `dossier check` says it too, as a build would.
    public static func buildWarnings(for graph: SiteGraph) -> [Diagnostic] {
        Publication.warnings(for: graph.settings)
    }

    /// With `reuse`, unchanged files are read back from the parse cache, which is then
    /// brought up to date: a file's parse stays true of its bytes whatever the build does.
    /// With `uses` from the last build, unchanged briefs' uses may not be checked again.
    /// `whenParsed` is told the parsed site before it is linked.
    static func check(root: URL, includeDrafts: Bool, timings: Timings, listing: SiteFolder.Listing?,
                      reusing reuse: ParseReuse?, uses: inout UseChecks,
                      whenParsed: (borrowing ParsedSite) -> Void = { _ in }) throws(DossierError) -> (SiteGraph?, DiagnosticReport) {
        let site = try timings.measure("load+parse") { () throws(DossierError) in
            try SiteLoader.load(SiteFolder(root: root), listing: listing, reusing: reuse)
        }
        whenParsed(site)
        if let reuse {
            timings.measure("save parses") { reuse.cache.save(site, program: reuse.program) }
            let readBack = site.holdings.values.filter { if case .reused = $0 { true } else { false } }.count
            timings.count("parsed", site.briefs.count + site.profiles.count - readBack)
            timings.count("read back", readBack)
        }
        // Moved into the link, not copied: with a second reference to its briefs, letting
        // their front-matter go as the graph is made copied the whole array instead, and
        // every brief's front-matter was held to the end.
        var parsed = Optional(consume site)
        let linked = timings.measure("link") { link(parsed.take()!, includeDrafts: includeDrafts, uses: &uses) }
        timings.count("uses checked", uses.checked)
        return linked
    }

    /// Takes the parsed site over: each brief's front-matter is let go as soon as its
    /// linked form is made, so the two are never held whole at once.
    static func link(_ site: consuming ParsedSite, includeDrafts: Bool, uses: inout UseChecks) -> (SiteGraph?, DiagnosticReport) {
        site.holdings = [:]
        var briefs = site.briefs
        site.briefs = []
        let provenance = Provenance(settings: site.settingsDigest,
                                    files: briefs.map(\.record) + site.profiles.map(\.record))
        var diagnostics = site.diagnostics
        let incomplete = site.hasUnreadableContent
        let leavesDraftsOut = !includeDrafts && briefs.contains(where: \.front.draft)
        // Every brief is checked, drafts too; the site is linked from this build unless
        // drafts are left out of it.
        let (all, allProblems) = GraphBuilder.build(settings: site.settings, briefs: &briefs, profiles: site.profiles,
                                                    isIncomplete: incomplete, assembles: !leavesDraftsOut, uses: &uses)
        diagnostics += allProblems
        var graph = all
        if leavesDraftsOut {
            let drafts = briefs.filter(\.front.draft)
            var published = briefs.filter { !$0.front.draft }
            briefs = []
            let (without, problems) = GraphBuilder.build(settings: site.settings, briefs: &published,
                                                         profiles: site.profiles, leftOut: drafts,
                                                         isIncomplete: incomplete, uses: &uses)
            diagnostics += problems
            graph = without
        }
        graph?.provenance = provenance
        let report = DiagnosticReport(diagnostics)
        return (report.hasErrors ? nil : graph, report)
    }
}
