import Foundation

/// `dossier check`: reads and links a whole site and reports every problem; writes nothing.
public enum Checker {
    /// The linked site (drafts included when asked) and every diagnostic of the site,
    /// drafts always checked too.
    public static func check(root: URL, includeDrafts: Bool = false,
                             timings: Timings = Timings()) throws(DossierError) -> (SiteGraph?, DiagnosticReport) {
        let site = try timings.measure("load+parse") { () throws(DossierError) in try SiteLoader.load(SiteFolder(root: root)) }
        return timings.measure("link") { link(site, includeDrafts: includeDrafts) }
    }

    static func link(_ site: ParsedSite, includeDrafts: Bool) -> (SiteGraph?, DiagnosticReport) {
        let drafts = site.briefs.filter(\.front.draft)
        let published = site.briefs.filter { !$0.front.draft }
        var diagnostics = site.diagnostics
        let incomplete = site.hasUnreadableContent
        let (all, allProblems) = GraphBuilder.build(settings: site.settings, briefs: site.briefs,
                                                    profiles: site.profiles, isIncomplete: incomplete)
        diagnostics += allProblems
        var graph = all
        if !drafts.isEmpty && !includeDrafts {
            let (without, problems) = GraphBuilder.build(settings: site.settings, briefs: published,
                                                         profiles: site.profiles, leftOut: drafts,
                                                         isIncomplete: incomplete)
            diagnostics += problems
            graph = without
        }
        let report = DiagnosticReport(diagnostics)
        return (report.hasErrors ? nil : graph, report)
    }
}
