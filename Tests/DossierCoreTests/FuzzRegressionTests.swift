import Foundation
import Testing
@testable import DossierCore

/// Every input the fuzzers keep (`Fuzz/Corpus/`: seeds, and what the fuzzers found,
/// minimised) runs through its target again, under the same invariants: a crasher the
/// fuzzers ever found stays fixed. See docs/fuzzing.md.
@Suite struct FuzzRegressionTests {
    static func inputs(_ corpus: String) -> [(String, Data)] {
        let folder = Repository.root.appendingPathComponent("Fuzz/Corpus/\(corpus)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { name in
            FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map { (name, $0) }
        }
    }

    @Test func theFrontMatterCorpusRunsClean() {
        let inputs = Self.inputs("FrontMatter")
        #expect(inputs.count >= 10)
        for (_, data) in inputs { data.withUnsafeBytes { FuzzTarget.frontMatter($0) } }
    }

    @Test func theBodyCorpusRunsClean() {
        let inputs = Self.inputs("Body")
        #expect(inputs.count >= 10)
        for (_, data) in inputs { data.withUnsafeBytes { FuzzTarget.body($0) } }
    }
}
