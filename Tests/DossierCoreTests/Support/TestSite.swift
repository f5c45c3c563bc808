import Foundation
@testable import DossierCore

/// A small site written into a fresh temporary folder, for one test.
struct TestSite {
    let root: URL

    init(_ files: [String: String] = [:]) throws {
        root = FileTree.temporaryFolder("site")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Content/briefs"),
                                                withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    func check(drafts: Bool = false) throws -> (SiteGraph?, DiagnosticReport) {
        try Checker.check(root: root, includeDrafts: drafts)
    }

    /// The diagnostics as printed: `path:line:col: error: message`.
    func diagnostics(drafts: Bool = false) throws -> [String] {
        try check(drafts: drafts).1.diagnostics.map(\.description)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// A valid site to start from; tests change one thing in it.
enum Fixture {
    static let actorProfile = """
    ---
    name: Lloyd Austin
    kind: person
    country: US
    ---
    US Secretary of Defense from 2021 to 2025.
    """

    static let brief = """
    ---
    title: North Korean troops in Russia
    date: 2024-10-24
    summary: The US says about 3,000 troops are in Russia.
    actors:
      - id: lloyd-austin
        role: US Defence Secretary
      - id: kremlin
        name: The Kremlin
        kind: government
        country: RU
    claims:
      - id: troops-sent
        text: North Korea has sent troops to Russia.
        status: reported
        stances:
          - actor: lloyd-austin
            stance: asserts
            source: pentagon
          - actor: kremlin
            stance: denies
            quote: fake news
    figures:
      - measure: nk-troops
        label: North Korean troops in Russia
        value: 3000
        unit: troops
        qualifier: at-least
        stated_by: lloyd-austin
        source: pentagon
        claim: troops-sent
    sources:
      - id: pentagon
        title: Remarks by the Secretary
        publisher: US Department of Defense
        url: https://example.org/remarks
        grade: A
    ---
    [](actor:lloyd-austin) said [](figure:nk-troops) are in Russia.

    The [Kremlin](actor:kremlin) denies [it](claim:troops-sent).
    """

    /// A site with the brief and the profile, plus `files`.
    static func site(_ files: [String: String] = [:]) throws -> TestSite {
        var all = ["Content/briefs/nk-troops.md": brief, "Content/actors/lloyd-austin.md": actorProfile]
        all.merge(files) { _, new in new }
        return try TestSite(all)
    }

    /// The brief with `old` (which must occur exactly once) replaced by `new`.
    static func brief(replacing old: String, with new: String) -> String {
        precondition(brief.components(separatedBy: old).count == 2, "fixture text '\(old)' must occur once")
        return brief.replacingOccurrences(of: old, with: new)
    }
}
