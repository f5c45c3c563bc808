import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lets a body's text go after parsing and reads it back for rendering.
enum BodyText {
    /// The body without its text, and where to read it again. `fileText` is the whole
    /// file the body ends.
    static func release(_ body: Body, file: String, fileText: String) -> Body {
        var body = body
        let length = body.markdown.utf8.count
        let sum = body.markdown.withUTF8 { checksum(UnsafeRawBufferPointer($0)) }
        body.stored = StoredText(file: file, offset: fileText.utf8.count - length,
                                 length: length, checksum: sum)
        body.markdown = ""
        return body
    }

    /// The body's text: in memory, or read again from its file. A file that changed
    /// since it was parsed is an error: the page would not match what was checked.
    static func read(_ body: Body) throws(DossierError) -> String {
        guard let stored = body.stored else { return body.markdown }
        let fd = open(stored.file, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw changed(body) }
        defer { close(fd) }
        // The body is the end of its file: the file must end where the body does.
        var status = stat()
        guard fstat(fd, &status) == 0, Int(status.st_size) == stored.offset + stored.length else { throw changed(body) }
        let text = String(unsafeUninitializedCapacity: stored.length) { buffer in
            var done = 0
            while done < stored.length {
                let n = pread(fd, buffer.baseAddress! + done, stored.length - done, off_t(stored.offset + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return 0 }
                done += n
            }
            return checksum(UnsafeRawBufferPointer(buffer)) == stored.checksum ? done : 0
        }
        guard text.utf8.count == stored.length else { throw changed(body) }
        return text
    }

    private static func changed(_ body: Body) -> DossierError {
        .writeFailed(path: body.path, reason: "the file changed while the site was being built; build again")
    }

    /// Eight bytes at a time (`ContentDigest`): a byte-by-byte hash cost 5 % of parsing.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var digest = ContentDigest()
        digest.add(bytes)
        return digest.value
    }
}
