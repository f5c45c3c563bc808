import Foundation

/// The repository this test runs in, and the shared bench material beside it.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let generator = root.deletingLastPathComponent().appendingPathComponent("shared/bench/gen_corpus.py")

    struct MissingGenerator: Error, CustomStringConvertible {
        var description: String { "../shared/bench/gen_corpus.py not found beside the repository" }
    }

    /// Runs `../shared/bench/gen_corpus.py OUT --briefs N`.
    static func generateCorpus(briefs: Int, into folder: URL) throws {
        guard FileManager.default.fileExists(atPath: generator.path) else { throw MissingGenerator() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", generator.path, folder.path, "--briefs", String(briefs)]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw MissingGenerator() }
    }
}

extension Repository {
    /// `body` run on a corpus of `briefs` generated briefs in a new temporary folder,
    /// which is removed afterwards.
    static func withGeneratedCorpus(briefs: Int, named name: String, _ body: (URL) throws -> Void) throws {
        let corpus = FileTree.temporaryFolder(name)
        defer { try? FileManager.default.removeItem(at: corpus) }
        try generateCorpus(briefs: briefs, into: corpus)
        try body(corpus)
    }
}
