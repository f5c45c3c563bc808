import Foundation
@testable import DossierCore

/// A site built into a temporary folder, with its files read back.
struct BuiltSite {
    let output: URL
    let report: DiagnosticReport

    init(_ root: URL, drafts: Bool = false) throws {
        output = FileTree.temporaryFolder("built")
        report = try SiteBuilder.build(root: root, output: output, includeDrafts: drafts)
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path) }

    func data(_ path: String) -> Data? { FileManager.default.contents(atPath: output.appendingPathComponent(path).path) }

    func text(_ path: String) -> String? { data(path).map { String(decoding: $0, as: UTF8.self) } }

    /// Every HTML page, by path.
    var pages: [String: String] {
        FileTree.snapshot(output).filter { $0.key.hasSuffix(".html") }.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    func remove() { try? FileManager.default.removeItem(at: output) }
}
