import Foundation
import Testing
@testable import DossierCore

/// Whole sites built and compared: a fixture with its recorded pages, the committed
/// example, links between pages, and byte-identical rebuilds.
@Suite struct SiteOutputTests {
    static let fixture = Repository.root.appendingPathComponent("Tests/Fixtures/sites/basic")
    static let expected = Repository.root.appendingPathComponent("Tests/Fixtures/sites/basic.expected")

    static func built(_ root: URL, drafts: Bool = false) throws -> URL {
        let output = FileTree.temporaryFolder("out")
        try SiteBuilder.build(root: root, output: output, includeDrafts: drafts)
        return output
    }

    /// `DOSSIER_RECORD=1 swift test --filter SiteOutputTests` re-records the expected pages
    /// (and fails, so a recording run is never taken for a passing one).
    @Test func theFixtureSiteMatchesItsRecordedPages() throws {
        let output = try Self.built(Self.fixture)
        defer { try? FileManager.default.removeItem(at: output) }
        if ProcessInfo.processInfo.environment["DOSSIER_RECORD"] == "1" {
            try? FileManager.default.removeItem(at: Self.expected)
            try FileManager.default.copyItem(at: output, to: Self.expected)
            Issue.record("recorded \(Self.expected.path); run again without DOSSIER_RECORD")
            return
        }
        let actual = FileTree.snapshot(output), expected = FileTree.snapshot(Self.expected)
        #expect(!expected.isEmpty, "no recorded pages: run with DOSSIER_RECORD=1")
        for path in FileTree.differences(actual, expected) {
            Issue.record("\(path) differs from its recorded version")
        }
    }

    @Test func draftsAreBuiltOnlyWhenAsked() throws {
        let without = try Self.built(Self.fixture), with = try Self.built(Self.fixture, drafts: true)
        defer { [without, with].forEach { try? FileManager.default.removeItem(at: $0) } }
        #expect(!FileManager.default.fileExists(atPath: without.appendingPathComponent("briefs/draft-notes/index.html").path))
        #expect(FileManager.default.fileExists(atPath: with.appendingPathComponent("briefs/draft-notes/index.html").path))
    }

    @Test func theCommittedExampleSiteIsUpToDate() throws {
        let output = try Self.built(Repository.root)
        defer { try? FileManager.default.removeItem(at: output) }
        let stale = FileTree.differences(FileTree.snapshot(output),
                                         FileTree.snapshot(Repository.root.appendingPathComponent("site")))
        #expect(stale.isEmpty, "site/ is stale (run `make site`): \(stale.prefix(10))")
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let first = try Self.built(Repository.root), second = try Self.built(Repository.root)
        defer { [first, second].forEach { try? FileManager.default.removeItem(at: $0) } }
        #expect(FileTree.differences(FileTree.snapshot(first), FileTree.snapshot(second)).isEmpty)
    }

    @Test(arguments: ["example", "fixture"])
    func everyInternalLinkResolves(_ which: String) throws {
        let output = try Self.built(which == "example" ? Repository.root : Self.fixture)
        defer { try? FileManager.default.removeItem(at: output) }
        let pages = FileTree.snapshot(output).filter { $0.key.hasSuffix(".html") && $0.key != "404.html" }
        #expect(pages.count > 10)
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            let base = output.appendingPathComponent(path).deletingLastPathComponent()
            for match in html.matches(of: /(?:href|src)="([^"]*)"/) {
                let link = String(match.output.1)
                if link.contains(":") { continue }  // https:, mailto:: not ours to check
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = parts[0].isEmpty ? output.appendingPathComponent(path) : base.appendingPathComponent(String(parts[0]))
                let target = file.standardizedFileURL.path
                #expect(target.hasPrefix(output.standardizedFileURL.path + "/"), "\(path): \(link) leaves the site")
                guard let targetHTML = FileManager.default.contents(atPath: target) else {
                    Issue.record("\(path): \(link) does not resolve")
                    continue
                }
                if parts.count == 2 {
                    let id = "id=\"\(parts[1])\""
                    #expect(String(decoding: targetHTML, as: UTF8.self).contains(id), "\(path): \(link) has no anchor")
                }
            }
        }
    }
}
