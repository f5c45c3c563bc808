/// A file of the built site that has not been made yet: where it goes and how to make
/// its bytes. Builds make and write them one at a time on each core, so only the pages
/// in flight are ever held in memory.
struct OutputFile: Sendable {
    var path: String
    var make: @Sendable () throws(DossierError) -> [UInt8]

    init(_ path: String, make: @escaping @Sendable () throws(DossierError) -> [UInt8]) {
        self.path = path
        self.make = make
    }

    /// A file whose bytes are already known.
    init(_ page: Page) {
        let bytes = page.bytes
        self.init(page.path) { bytes }
    }

    /// A file made from text.
    static func text(_ path: String, _ make: @escaping @Sendable () -> String) -> OutputFile {
        OutputFile(path) { Array(make().utf8) }
    }
}
