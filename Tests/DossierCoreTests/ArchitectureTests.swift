import Foundation
import Testing

/// Rules about the code itself that the compiler does not enforce.
@Suite struct ArchitectureTests {
    /// Only the CommonMark wrapper may import the C library.
    @Test func onlyTheWrapperImportsCmark() throws {
        let sources = Repository.root.appendingPathComponent("Sources")
        let walker = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var importers: Set<String> = []
        while let url = walker.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            if text.contains(/(?m)^\s*(@_implementationOnly |internal |public |package )?import CCmark\b/) {
                importers.insert(url.deletingLastPathComponent().lastPathComponent)
            }
        }
        #expect(importers == ["CommonMark"])
    }
}
