import Foundation
import Testing
@testable import DossierCore

/// A build stopped by SIGINT or SIGTERM: the exit status says so, the previous output
/// stays byte for byte, and no staging folder is left. A suite of its own, not queued
/// behind the serialized disk faults: in a debug build under the address sanitizer it
/// was the longest test, and waiting for them put it at the end of the run.
@Suite struct HostileSignalTests {
    /// The command, stopped by a signal while it writes a big site: exit status 128 + the
    /// signal, the message, the previous output byte for byte, no staging folder left.
    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func aSignalStopsTheBuildAndKeepsThePreviousOutput(signal: Int32, status: Int32) throws {
        let dossier = try #require(Executable.dossier, "the dossier executable is not built beside the tests")
        let root = FileTree.temporaryFolder("signal")
        defer { try? FileManager.default.removeItem(at: root) }
        try Repository.generateCorpus(briefs: 800, into: root)
        let output = root.appendingPathComponent("site")
        try SiteBuilder.build(root: root, output: output)
        let before = FileTree.snapshot(output)
        // A change, so that a finished build would differ.
        try Data("---\ntitle: Late\ndate: 2024-10-24\n---\nLate.\n".utf8)
            .write(to: root.appendingPathComponent("Content/briefs/late.md"))
        let (process, errors) = try Executable.start(dossier, ["build", root.path, "--output", output.path])
        // Wait for new files beside their place: the build is then midway, writing.
        let deadline = Date().addingTimeInterval(120)
        while !Self.isWriting(output) && process.isRunning && Date() < deadline { usleep(1000) }
        kill(process.processIdentifier, signal)
        let run = Executable.finish(process, errors)
        #expect(run.status == status, "\(run.standardError)")
        #expect(run.standardError.contains("dossier: error: interrupted; the previous output is untouched"))
        #expect(FileTree.snapshot(output) == before)
        #expect(FileTree.buildLeftovers(beside: output) == [])
    }

    /// Whether a rebuild of `output` has new files waiting beside their place. Only the
    /// output's own folder and `data/` are read: a new brief changes the home page and
    /// `data/graph.json`, and all new files wait until every file is made. Walking the
    /// whole output every millisecond took processor time from the build it waited
    /// for: both cases took 72 s under the address sanitizer, 67 s now.
    private static func isWriting(_ output: URL) -> Bool {
        [output, output.appendingPathComponent("data")].contains { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).contains { $0.contains(InPlaceUpdate.newFileMark) }
        }
    }
}
