/// A file of the built site that has not been made yet: where it goes and how to make
/// its bytes. Builds make and write them one at a time on each core, so only the pages
/// in flight are ever held in memory.
struct OutputFile: Sendable {
    /// Hands a file's bytes over a piece at a time.
    typealias Pieces = @Sendable (_ emit: (_ piece: [UInt8]) -> Void) -> Void

    var path: String
    var make: @Sendable () throws(DossierError) -> [UInt8]
    /// For a file too big to hold whole (the open data of a big site): its bytes in
    /// order, written as they are made. `make` then joins them, for tests.
    var pieces: Pieces?
    /// For an entity page: the digest of everything it can show (`PageKeys`). A rebuild
    /// keeps the page when its key and its file are as the last build left them.
    var key: ContentDigest?

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

    /// A file written piece by piece.
    static func streamed(_ path: String, _ pieces: @escaping Pieces) -> OutputFile {
        var file = OutputFile(path) {
            var whole: [UInt8] = []
            pieces { whole += $0 }
            return whole
        }
        file.pieces = pieces
        return file
    }
}
