import Foundation
import Testing
@testable import DossierCore

/// `tidy` (HTML Tidy, installed by `make test-deps`) reports no errors on any page.
@Suite struct TidyTests {
    static let tidy = ["/usr/bin/tidy", "/usr/local/bin/tidy"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(arguments: ["example", "fixture"])
    func everyPageIsValidHTML(_ which: String) throws {
        let tidy = try #require(Self.tidy, "tidy is not installed: run `make test-deps`")
        let root = which == "example" ? Repository.root : SiteOutputTests.fixture
        let output = try SiteOutputTests.built(root)
        defer { try? FileManager.default.removeItem(at: output) }
        let pages = FileTree.snapshot(output).keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages.count > 10)
        for page in pages {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tidy)
            process.arguments = ["-q", "-e", "--show-warnings", "no", output.appendingPathComponent(page).path]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            // tidy exits 2 on errors, 1 on warnings only.
            #expect(process.terminationStatus < 2, "\(page):\n\(report)")
        }
    }
}
