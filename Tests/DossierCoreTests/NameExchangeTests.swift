import Foundation
import Testing
@testable import DossierCore

/// A rebuild puts a changed file in place by exchanging it with the old one.
@Suite struct NameExchangeTests {
    /// Two names swap their files in one step; with one name missing nothing moves, and
    /// the caller is told to rename instead.
    @Test func twoNamesSwapTheirFiles() throws {
        let folder = FileTree.temporaryFolder("exchange")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let placed = folder.appendingPathComponent("graph.json"), staged = folder.appendingPathComponent("graph.json.new")
        try Data("old".utf8).write(to: placed)
        try Data("new".utf8).write(to: staged)
        #expect(NameExchange.swap(staged.path, placed.path))
        #expect(try String(contentsOf: placed, encoding: .utf8) == "new")
        #expect(try String(contentsOf: staged, encoding: .utf8) == "old")
        let missing = folder.appendingPathComponent("missing").path
        #expect(!NameExchange.swap(missing, placed.path))
        #expect(try String(contentsOf: placed, encoding: .utf8) == "new")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }
}
