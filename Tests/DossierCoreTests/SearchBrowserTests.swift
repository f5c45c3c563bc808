import Foundation
import Testing
@testable import DossierCore

/// The search page of the built example, run in headless Chromium from a plain folder
/// (`file://`): `--dump-dom` prints the page after its scripts ran. Where Chromium is
/// missing the test is skipped, except in CI (`CI` set), where it fails: `make test-deps`
/// installs it there.
@Suite(.serialized) struct SearchBrowserTests {
    static let browserNames = ["chromium", "chromium-browser", "google-chrome"]

    static var browser: URL? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        for name in browserNames {
            for folder in folders {
                let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }

    struct BrowserFailed: Error, CustomStringConvertible { var description: String }

    /// The search page's DOM after its scripts ran, for the query `query`.
    static func searchPage(_ browser: URL, site: URL, query: String) throws -> String {
        var components = URLComponents(url: site.appendingPathComponent("search/index.html"), resolvingAgainstBaseURL: false)!
        components.queryItems = [URLQueryItem(name: "q", value: query)]
        // Chromium's profile goes in a folder of its own, removed when the page is read.
        let profile = FileTree.temporaryFolder("chromium")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = browser
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--user-data-dir=" + profile.path,
                             "--dump-dom", components.url!.absoluteString]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        let dom = output.fileHandleForReading.readDataToEndOfFile()
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        guard process.terminationStatus == 0 else { throw BrowserFailed(description: "\(browser.path) exited with \(process.terminationStatus)") }
        return String(decoding: dom, as: UTF8.self)
    }

    /// The links in the page's result list.
    static func results(_ dom: String) -> [String] {
        guard let list = dom.firstMatch(of: /<ol class="search-results">(.*?)<\/ol>/.dotMatchesNewlines()) else { return [] }
        return list.output.1.matches(of: /class="result-title" href="([^"]*)"/).map { String($0.output.1) }
    }

    @Test func searchFindsAnActorByAliasInTheBuiltExample() throws {
        guard let browser = Self.browser else {
            let inCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false
            if inCI { Issue.record("Chromium is needed for the search test in CI: run `make test-deps` (apt-get install chromium)") }
            else { print("SearchBrowserTests: no Chromium on PATH (\(Self.browserNames)); skipped") }
            return
        }
        let built = try BuiltSite(Repository.root)
        defer { built.remove() }
        // "Lloyd J. Austin III" is an alias only; "seoul" an alias of South Korea, in
        // another case and with an accent the index does not have.
        let alias = Self.results(try Self.searchPage(browser, site: built.output, query: "Lloyd J. Austin III"))
        #expect(alias.first == "../actors/lloyd-austin/index.html", "\(alias)")
        let folded = Self.results(try Self.searchPage(browser, site: built.output, query: "SÉOUL"))
        #expect(folded.contains("../actors/south-korea/index.html"), "\(folded)")
        let none = try Self.searchPage(browser, site: built.output, query: "zzzz-no-such-thing")
        #expect(none.contains("No results for"))
    }
}
