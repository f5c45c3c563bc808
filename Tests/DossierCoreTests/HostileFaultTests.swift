import Foundation
import Testing
@testable import DossierCore

/// Faults while building: a read-only output folder, a full disk. The previous output
/// stays byte for byte and no staging folder is left. The faults need `mount` (root,
/// and an environment that allows it); without it they are skipped, saying why. A build
/// stopped by a signal: `HostileSignalTests`.
@Suite(.serialized) struct HostileFaultTests {
    /// A tmpfs mounted for one test, unmounted after.
    struct Mount {
        let point: URL

        static let isPermitted: Bool = {
            guard let probe = try? Mount(size: "64k") else { return false }
            probe.unmount()
            return true
        }()

        init(size: String) throws {
            point = FileTree.temporaryFolder("mount")
            try FileManager.default.createDirectory(at: point, withIntermediateDirectories: true)
            try Self.mount(["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", point.path])
        }

        func remountReadOnly() throws { try Self.mount(["-o", "remount,ro", point.path]) }

        func unmount() {
            _ = try? Self.run("/bin/umount", [point.path])
            try? FileManager.default.removeItem(at: point)
        }

        struct Failed: Error {}

        private static func mount(_ arguments: [String]) throws {
            guard try run("/bin/mount", arguments) == 0 else { throw Failed() }
        }

        private static func run(_ tool: String, _ arguments: [String]) throws -> Int32 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tool)
            process.arguments = arguments
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
    }

    @Test(.enabled(if: Mount.isPermitted, "mount is not permitted here: cannot make a read-only folder as root"))
    func aReadOnlyOutputFolderFailsAndKeepsThePreviousOutput() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        let mount = try Mount(size: "8m")
        defer { mount.unmount() }
        let output = mount.point.appendingPathComponent("site")
        try SiteBuilder.build(root: site.root, output: output)
        let before = FileTree.snapshot(output)
        try mount.remountReadOnly()
        try site.write("Content/briefs/nk-troops.md", Fixture.brief(replacing: "title: North", with: "title: South"))
        #expect {
            try SiteBuilder.build(root: site.root, output: output)
        } throws: { error in
            guard case .writeFailed(_, let reason)? = error as? DossierError else { return false }
            return reason.lowercased().contains("read-only") || reason.lowercased().contains("read only")
        }
        #expect(FileTree.snapshot(output) == before)
        #expect(FileTree.buildLeftovers(beside: output) == [])
    }

    @Test(.enabled(if: Mount.isPermitted, "mount is not permitted here: cannot simulate a full disk"))
    func aFullDiskFailsAndKeepsThePreviousOutput() throws {
        let site = try Fixture.site()
        defer { site.remove() }
        // Room for one copy of the site, not two.
        let scratch = FileTree.temporaryFolder("size")
        try SiteBuilder.build(root: site.root, output: scratch)
        let size = FileTree.snapshot(scratch).values.reduce(0) { $0 + ($1.count + 4095) / 4096 * 4096 }
        try? FileManager.default.removeItem(at: scratch)
        let mount = try Mount(size: "\(size * 3 / 2 / 1024)k")
        defer { mount.unmount() }
        let output = mount.point.appendingPathComponent("site")
        try SiteBuilder.build(root: site.root, output: output)
        let before = FileTree.snapshot(output)
        try site.write("Content/briefs/nk-troops.md", Fixture.brief(replacing: "title: North", with: "title: South"))
        #expect {
            try SiteBuilder.build(root: site.root, output: output)
        } throws: { error in
            guard case .writeFailed(_, let reason)? = error as? DossierError else { return false }
            return reason.contains("No space left on device")
        }
        #expect(FileTree.snapshot(output) == before)
        #expect(FileTree.buildLeftovers(beside: output) == [])
    }
}
