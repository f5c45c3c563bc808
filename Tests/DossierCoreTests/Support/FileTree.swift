import Foundation
@testable import DossierCore

/// Every regular file below a folder, with its bytes, by relative path.
enum FileTree {
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [:] }
        for case let path as String in walker {
            let full = base + "/" + path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = FileManager.default.contents(atPath: full)
            }
        }
        return files
    }

    /// The paths that differ between two snapshots: missing, extra or changed.
    static func differences(_ actual: [String: Data], _ expected: [String: Data]) -> [String] {
        Set(actual.keys).union(expected.keys).sorted().filter { actual[$0] != expected[$0] }
    }

    /// What an unfinished build leaves: staging folders beside the output, and files a
    /// rebuild writes inside it before renaming them into place.
    static func buildLeftovers(beside output: URL) -> [String] {
        let beside = ((try? FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)) ?? [])
            .filter { $0.hasPrefix(".\(output.lastPathComponent).") }
            .filter { $0.contains(StagedWrite.stagingMark) || $0.contains(StagedWrite.previousMark) }
        return beside + FileTreeListing.files(in: output.path).filter { $0.contains(InPlaceUpdate.newFileMark) }
    }

    /// A new path in the test process's scratch folder. A build keeps its caches beside
    /// its output (`.NAME.dossier-cache` and the like): outputs made straight in the
    /// system's temporary folder left three files there for each build of a test run.
    static func temporaryFolder(_ name: String) -> URL {
        scratch.appendingPathComponent("\(name)-\(UUID().uuidString)")
    }

    /// Made on first use, removed when the test process exits.
    private static let scratch: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: FileTree.scratch) }
        return folder
    }()
}
