import Foundation
import Testing
@testable import DossierCore

/// Input made to exhaust time or memory gives a correct page or a clear error, in bounded
/// time, never a crash or a hang. Each test says the bound it holds to: about ten times what
/// it takes under the address sanitizer, far below what a quadratic or exponential blow-up
/// would take. The heavy ones run the command and bound the processor time it used, which
/// the tests running beside it on a busy machine do not inflate as they do the wall time.
@Suite struct HostileResourceTests {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock(), start = clock.now
        try body()
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    static let head = "---\ntitle: Hostile\ndate: 2024-10-24\n"

    /// `dossier build` of the site into a new folder, and the processor seconds it took.
    static func build(_ site: TestSite) throws -> (output: URL, seconds: Double) {
        let dossier = try #require(Executable.dossier, "the dossier executable is not built beside the tests")
        let output = FileTree.temporaryFolder("built")
        let (run, seconds) = try Executable.measure(dossier, ["build", site.root.path, "--output", output.path])
        #expect(run.status == 0, "\(run.standardError)")
        return (output, seconds)
    }

    // MARK: YAML

    @Test(arguments: [
        // Ten levels of ten: 10^10 nodes once expanded.
        (0..<10).map { level in level == 0 ? "l0: &l0 [x, x, x, x, x, x, x, x, x, x]"
            : "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]" }
            .joined(separator: "\n"),
        // An alias as a key: Yams would hash the whole expansion.
        "a: &a [x, x, x]\nb: &b [*a, *a, *a, *a]\n? *b\n: x",
        // Merge keys, in block style.
        "base: &base\n  title: x\nother:\n  <<: *base",
        "list:\n  - &a x\n  - *a",
    ])
    func anAliasIsRefusedAtOnce(_ yaml: String) throws {
        let site = try Fixture.site(["Content/briefs/bomb.md": Self.head + yaml + "\n---\n"])
        defer { site.remove() }
        var lines: [String] = []
        let time = try Self.seconds { lines = try site.diagnostics() }
        #expect(time < 2)
        #expect(lines.count == 1 && lines[0].contains("error: aliases (*name) are not allowed in front-matter"), "\(lines)")
    }

    /// The alias scan must not mistake text for an alias.
    @Test(arguments: [
        "summary: Troops, *allegedly*, were sent",
        "summary: 'it''s *not* an alias'",
        "summary: \"*quoted* text, [*a]\"",
        "summary: \"a long text\n  *over* two lines\"",
        "summary: |\n  *block* text\n  - *still* block",
        "summary: >-\n  *folded*\n\n  *text*",
        "summary: 2 * 3 = 6 # *comment*",
        "summary: a-*b :*c",
    ])
    func textWithStarsIsNotAnAlias(_ yaml: String) throws {
        let site = try Fixture.site(["Content/briefs/stars.md": Self.head + yaml + "\n---\nText.\n"])
        defer { site.remove() }
        let (graph, report) = try site.check()
        #expect(report.errors.isEmpty, "\(report.diagnostics)")
        #expect(graph?.brief("stars")?.summary?.contains("*") == true)
    }

    @Test func fiveThousandLevelsOfYAMLAreAnErrorNotACrash() throws {
        let flow = "summary: " + String(repeating: "{a: [", count: 2500) + String(repeating: "]}", count: 2500)
        let block = (1...5000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n")
        for yaml in [flow, "summary:\n" + block] {
            let site = try Fixture.site(["Content/briefs/deep.md": Self.head + yaml + "\n---\n"])
            defer { site.remove() }
            let lines = try site.diagnostics()
            #expect(lines.count == 1 && lines[0].contains("front-matter is nested too deeply"), "\(lines)")
        }
    }

    // MARK: Markdown

    @Test func fiveThousandLevelsOfMarkdownRender() throws {
        let body = String(repeating: "> ", count: 5000) + "quote\n\n"
            + (0..<5000).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n") + "\n\n"
            + String(repeating: "[", count: 5000) + "x" + String(repeating: "]", count: 5000) + "\n\n"
            + String(repeating: "*", count: 5000) + "a" + String(repeating: "*", count: 5000) + "\n\n"
            + String(repeating: "<div>", count: 5000) + "\n"
        let site = try Fixture.site(["Content/briefs/deep.md": Self.head + "---\n" + body])
        defer { site.remove() }
        let (output, seconds) = try Self.build(site)
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(seconds < 20)  // about 1 s in a debug build, 2 s under the address sanitizer
        let page = try String(contentsOf: output.appendingPathComponent("briefs/deep/index.html"), encoding: .utf8)
        #expect(page.components(separatedBy: "<blockquote>").count - 1 == 5000)
        #expect(OutputScan.problems(inHTML: page) == [])
    }

    @Test func aTwentyMegabyteBodyBuilds() throws {
        let paragraph = "Lorem *ipsum* dolor, [sit](https://example.org) amet `code` and [](actor:kremlin) again.\n\n"
        let body = String(repeating: paragraph, count: 20 * 1024 * 1024 / paragraph.utf8.count)
        let site = try Fixture.site(["Content/briefs/big.md": Self.head + "actors: [kremlin]\n---\n" + body])
        defer { site.remove() }
        let (output, seconds) = try Self.build(site)
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(seconds < 600)  // about 14 s in a debug build, 60 s under the address sanitizer
        let page = try Data(contentsOf: output.appendingPathComponent("briefs/big/index.html"))
        #expect(page.count > 20 * 1024 * 1024)
    }

    @Test func aFileOverSixtyFourMegabytesIsAnError() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let handle = try FileHandle(forWritingTo: { try Data().write(to: site.url("Content/briefs/huge.md")); return site.url("Content/briefs/huge.md") }())
        try handle.truncate(atOffset: UInt64(FileKind.maximumSize + 1))  // sparse: no disk used
        try handle.close()
        #expect(try site.diagnostics() == ["Content/briefs/huge.md:1:1: error: this file is 64 MB: a site file may be at most 64 MB"])
    }

    // MARK: Many errors, many files

    /// 10,000 errors in one file, through the command: 1,000 lines, "… and 9000 more", the count.
    @Test func tenThousandErrorsAreCappedByTheCommand() throws {
        let dossier = try #require(Executable.dossier, "the dossier executable is not built beside the tests")
        let body = (0..<10_000).map { "[x](actor:nobody-\($0))\n" }.joined(separator: "\n")
        let site = try TestSite(["Content/briefs/errors.md": Self.head + "---\n" + body])
        defer { site.remove() }
        let (result, seconds) = try Executable.measure(dossier, ["check", site.root.path])
        #expect(seconds < 20)  // under 1 s in a debug build, 2 s under the address sanitizer
        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.count == 1002)
        #expect(lines[0] == "Content/briefs/errors.md:5:5: error: unknown actor 'nobody-0'")
        #expect(lines[1000] == "… and 9000 more")
        #expect(lines[1001] == "10000 errors in 1 file")
    }

    /// Every thousandth file has an error: all hundred are found, so every folder was read.
    @Test func aHundredThousandTinyFilesAreChecked() throws {
        let dossier = try #require(Executable.dossier, "the dossier executable is not built beside the tests")
        let site = try TestSite()
        defer { site.remove() }
        var expected: [String] = [], unwritten = 0
        for folder in 0..<100 {
            let directory = site.url("Content/briefs/\(folder)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for file in 0..<1000 {
                let n = folder * 1000 + file
                let fd = open(directory.path + "/b\(n).md", O_WRONLY | O_CREAT, 0o644)
                let text = "---\ntitle: Brief \(n)\ndate: 2024-10-24\n---\n" + (file == 999 ? "[x](actor:nobody-\(n))\n" : "x\n")
                if fd < 0 || write(fd, text, text.utf8.count) != text.utf8.count { unwritten += 1 }
                close(fd)
            }
            expected.append("Content/briefs/\(folder)/b\(folder * 1000 + 999).md:5:5: error: unknown actor 'nobody-\(folder * 1000 + 999)'")
        }
        #expect(unwritten == 0)
        let (result, seconds) = try Executable.measure(dossier, ["check", site.root.path])
        #expect(seconds < 600)  // about 15 s in a debug build, 60 s under the address sanitizer
        #expect(result.status == 1)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.dropLast().sorted() == expected.sorted())
        #expect(lines.last == "100 errors in 100 files")
    }
}
