import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import DossierCore

/// Page folders are spread over the disk in runs: the section folder carries the
/// "top of hierarchy" attribute while the first folder of each run is made, and not
/// after.
@Suite struct FolderSpreadTests {
    static func flags(_ path: String) -> CInt? {
        let fd = open(path, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var flags: CInt = 0
        return ioctl(fd, 0x8008_6601, &flags) == 0 ? flags : nil
    }

    /// Whether the file system here keeps the attribute (ext2/3/4 do).
    static func takesTheHint(_ path: String) -> Bool {
        guard mkdir(path, 0o755) == 0, var flags = flags(path) else { return false }
        let fd = open(path, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        flags |= 0x0002_0000
        return ioctl(fd, 0x4008_6602, &flags) == 0 && (Self.flags(path) ?? 0) & 0x0002_0000 != 0
    }

    final class Calls: @unchecked Sendable {
        var log: [String] = []
    }

    /// A new empty folder for a test to make folders in.
    static func emptyFolder(_ name: String) throws -> URL {
        let folder = FileTree.temporaryFolder(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// How many entries `path` holds (-1 when it cannot be read).
    static func entries(_ path: String) -> Int {
        (try? FileManager.default.contentsOfDirectory(atPath: path).count) ?? -1
    }

    @Test func everyEighthFolderStartsARunWithTheHintOn() throws {
        let folder = try Self.emptyFolder("spread")
        defer { try? FileManager.default.removeItem(at: folder) }
        let calls = Calls()
        // Each call notes how many folders there were: the hint is on while one is made.
        let spread = FolderSpread(parents: [folder.path]) { parent, on in
            calls.log.append("\(on ? "on" : "off") \(Self.entries(parent))")
            return true
        }
        for i in 0..<17 { #expect(spread.makeFolder("page-\(i)", in: folder.path)) }
        let expected = stride(from: 0, to: 17, by: 8).flatMap { i in ["on \(i)", "off \(i + 1)"] }
        #expect(calls.log == expected)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 17)
        #expect(!spread.makeFolder("page-3", in: folder.path) && errno == EEXIST)
    }

    /// Threads making folders in one parent take turns: while the hint for a run is
    /// being given, no other folder appears, and each run starts after a whole number
    /// of runs.
    @Test func foldersOfOneParentAreMadeOneAtATime() throws {
        let folder = try Self.emptyFolder("spread-threads")
        defer { try? FileManager.default.removeItem(at: folder) }
        let calls = Calls()
        let spread = FolderSpread(parents: [folder.path]) { parent, on in
            guard on else { return true }
            let before = Self.entries(parent)
            usleep(2_000)  // room for another thread's folder, were it not waiting
            calls.log.append("\(before) \(Self.entries(parent))")
            return true
        }
        let made = Array(0..<6).parallelMapOnNewThreads(extraThreads: 2) { thread in
            (0..<40).allSatisfy { spread.makeFolder("page-\(thread)-\($0)", in: folder.path) }
        }
        #expect(made.allSatisfy { $0 })
        #expect(calls.log == stride(from: 0, to: 240, by: 8).map { "\($0) \($0)" })
    }

    /// The first folder of a run is made under a random name, which the file system
    /// places it by, and then renamed to its own: two spreads making the same folders
    /// make them under different names.
    @Test func aRunStartsUnderARandomNameOfItsOwn() throws {
        let folder = try Self.emptyFolder("spread-names")
        defer { try? FileManager.default.removeItem(at: folder) }
        let standIns = Calls()
        func spread(takesHint: Bool = true) -> FolderSpread {
            FolderSpread(parents: [folder.path]) { parent, on in
                let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
                if !on { standIns.log += names.filter { $0.hasPrefix(".spread-") } }
                return takesHint
            }
        }
        func contents() -> Set<String> { Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []) }
        #expect(spread().makeFolder("page-a", in: folder.path))
        #expect(spread().makeFolder("page-b", in: folder.path))
        #expect(standIns.log.count == 2 && Set(standIns.log).count == 2)
        #expect(contents() == ["page-a", "page-b"])
        // A folder that is there already fails as `mkdir` does, and leaves nothing behind.
        #expect(!spread().makeFolder("page-a", in: folder.path) && errno == EEXIST)
        #expect(contents() == ["page-a", "page-b"])
        // Where the hint is refused, the folder is made under its own name.
        #expect(spread(takesHint: false).makeFolder("page-c", in: folder.path))
        #expect(standIns.log.count == 3 && contents() == ["page-a", "page-b", "page-c"])
    }

    @Test func aBuildLeavesNoAttributeBehind() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        guard Self.takesTheHint(site.url("probe").path) else { return }  // nothing to check here
        let output = site.url("site")
        try SiteBuilder.build(root: site.root, output: output)
        for section in ["briefs", "actors", "claims", "figures"] {
            let flags = try #require(Self.flags(output.appendingPathComponent(section).path))
            #expect(flags & 0x0002_0000 == 0, "\(section)/ kept the attribute")
        }
    }
}
