import Foundation
import Testing
@testable import DossierCore

/// Locations hold their path as a number: they must still read, compare and hash as
/// the path, line and column they were given.
@Suite struct ModelLocationTests {
    @Test func locationsKeepTheirPathAndSortByItNotByWhenItWasFirstMet() {
        let folder = "Content/briefs/\(UUID().uuidString)"
        // "z" is met first, so its number is the smaller one.
        let z = SourceLocation(path: folder + "-z.md", line: 1, column: 1)
        let a = SourceLocation(path: folder + "-a.md", line: 9, column: 9)
        #expect(z.path == folder + "-z.md")
        #expect(a < z)
        #expect(!(z < a))
        let moved = z.moved(line: 4, column: 7)
        #expect(moved.description == folder + "-z.md:4:7")
        #expect(moved == SourceLocation(path: folder + "-z.md", line: 4, column: 7))
        #expect(moved.hashValue == SourceLocation(path: folder + "-z.md", line: 4, column: 7).hashValue)
        #expect(moved != a.moved(line: 4, column: 7))
        #expect(z < moved && moved.isInFile(of: z) && !moved.isInFile(of: a))
        var renamed = moved
        renamed.path = folder + "-a.md"
        #expect(renamed == a.moved(line: 4, column: 7))
    }

    @Test func pathsThatDifferOnlyInNormalizationStayApart() {
        let folder = "Content/briefs/\(UUID().uuidString)"
        let composed = SourceLocation(path: folder + "-caf\u{E9}.md", line: 2)
        let decomposed = SourceLocation(path: folder + "-cafe\u{301}.md", line: 2)
        #expect(Array(composed.path.utf8) == Array((folder + "-caf\u{E9}.md").utf8))
        #expect(Array(decomposed.path.utf8) == Array((folder + "-cafe\u{301}.md").utf8))
        #expect(!decomposed.isInFile(of: composed))
    }
}
