import Foundation
import Testing
@testable import DossierCore

/// `dossier build` ends with one line that says what it did to the output.
@Suite struct CommandSummaryTests {
    /// The last line of standard error, with the time taken put as `T`.
    static func summary(_ run: Executable.Run) -> String {
        let last = run.standardError.split(separator: "\n").last.map(String.init) ?? ""
        return last.replacingOccurrences(of: #"in \d+\.\d\d s$"#, with: "in T s", options: .regularExpression)
    }

    /// The site's files in an output: all but the mark that says the folder is one.
    static func pages(in output: URL) -> Int {
        FileTree.snapshot(output).keys.filter { $0 != OutputFolder.markName }.count
    }

    @Test func aBuildSaysHowManyFilesItWroteOrThatTheOutputWasUpToDate() throws {
        let dossier = try #require(Executable.dossier, "the dossier executable is not built beside the tests")
        let second = Fixture.brief(replacing: "title: North Korean troops in Russia", with: "title: A second brief")
        let site = try Fixture.site(["Content/briefs/second.md": second,
                                     "dossier.yml": "base_url: https://example.org/desk/\n"])
        defer { site.remove() }
        let output = site.url("out").path
        let build = { try Executable.run(dossier, ["build", site.root.path, "--output", output]) }

        let first = try build()
        #expect(first.status == 0)
        let total = Self.pages(in: site.url("out"))
        #expect(Self.summary(first) == "\(output): \(total) files written in T s")
        #expect(Self.summary(try build()) == "\(output): up to date in T s")

        try site.write("Content/briefs/second.md", second + "\nOne more line.\n")
        #expect(Self.summary(try build()) == "\(output): 1 of \(total) files written in T s")

        try FileManager.default.removeItem(at: site.url("Content/briefs/second.md"))
        let removed = try build()
        let left = Self.pages(in: site.url("out"))
        #expect(left < total)
        let written = try #require(Self.summary(removed).split(separator: " ").dropFirst().first.flatMap { Int($0) })
        #expect(Self.summary(removed) == "\(output): \(written) of \(left) files written, \(total - left) removed, in T s")
    }
}
