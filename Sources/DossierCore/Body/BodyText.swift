import Foundation

/// Lets a body's text go after parsing and reads it back for rendering.
enum BodyText {
    /// The body without its text, and where to read it again. `fileText` is the whole
    /// file the body ends.
    static func release(_ body: Body, file: URL, fileText: String) -> Body {
        var body = body
        let bytes = body.markdown.utf8
        body.stored = StoredText(file: file.path, offset: fileText.utf8.count - bytes.count,
                                 length: bytes.count, checksum: checksum(bytes))
        body.markdown = ""
        return body
    }

    /// The body's text: in memory, or read again from its file. A file that changed
    /// since it was parsed is an error: the page would not match what was checked.
    static func read(_ body: Body) throws(DossierError) -> String {
        guard let stored = body.stored else { return body.markdown }
        guard let handle = FileHandle(forReadingAtPath: stored.file) else { throw changed(body) }
        defer { try? handle.close() }
        // The body is the end of its file: the file must end where the body does.
        guard (try? handle.seekToEnd()) == UInt64(stored.offset + stored.length),
              (try? handle.seek(toOffset: UInt64(stored.offset))) != nil,
              let data = try? handle.read(upToCount: stored.length), data.count == stored.length,
              checksum(data) == stored.checksum else { throw changed(body) }
        return String(decoding: data, as: UTF8.self)
    }

    private static func changed(_ body: Body) -> DossierError {
        .writeFailed(path: body.path, reason: "the file changed while the site was being built; build again")
    }

    /// FNV-1a, 64 bits.
    static func checksum(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }
}
