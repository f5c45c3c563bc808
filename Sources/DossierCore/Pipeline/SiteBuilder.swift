import Foundation

/// `dossier build`: check, render every page, write them all into a staging folder,
/// and swap it in for the previous output only when everything succeeded.
public enum SiteBuilder {
    /// Builds the site at `root` into `output`. Returns the warnings; throws when the
    /// content has errors or the output cannot be written, leaving the output as it was.
    @discardableResult
    public static func build(root: URL, output: URL, includeDrafts: Bool = false, timings: Timings = Timings(),
                             shouldStop: @escaping @Sendable () -> Bool = { false }) throws(DossierError) -> DiagnosticReport {
        let folder = SiteFolder(root: root)
        let out = OutputFolder(output)
        try out.checkSafe(siteRoot: root)
        let (graph, report) = try Checker.check(root: root, includeDrafts: includeDrafts, timings: timings)
        guard let graph, !report.hasErrors else { throw .contentHasErrors(report) }
        let pages = try timings.measure("render") { () throws(DossierError) in
            let theme = try Theme.load(overrides: try folder.templateOverrides())
            return try SiteRenderer.pages(for: graph, theme: theme)
        }
        if shouldStop() { throw .interrupted }
        try timings.measure("write") { () throws(DossierError) in
            try StagedWrite(output: out).publish(pages, shouldStop: shouldStop)
        }
        return DiagnosticReport(report.diagnostics + Publication.warnings(for: graph.settings))
    }
}

extension SiteFolder {
    /// The site's own `Templates/*` files, by file name.
    func templateOverrides() throws(DossierError) -> [String: String] {
        var templates: [String: String] = [:]
        for path in templatePaths() {
            switch read(path) {
            case .success(let file): templates[String(path.dropFirst("Templates/".count))] = file.text
            case .failure(let problem): throw .contentHasErrors(DiagnosticReport([problem]))
            }
        }
        return templates
    }
}
