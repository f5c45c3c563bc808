import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Where the records of `data/graph.json` lie in the file the last build wrote, each
/// under a key, kept beside the output as `.NAME.dossier-records` with the stamp (size,
/// mtime, inode) that file had once in place. A rebuild copies a record whose key is
/// unchanged from that file instead of writing it again (`OpenData.graphJSON`).
///
/// A record's key is the key of the entity page that shows all it holds (`PageKeys`),
/// with the list the record is in: a brief's record under its page's key, a claim's
/// and its stances under the claim page's, a measure's and its figures under the figure
/// page's. An edit that could change the record changes the page's key.
///
/// The table ends with a digest of itself. A table that does not match, or whose file
/// no longer has the recorded stamp, is not used: every record is written afresh.
struct RecordTable: Sendable, Equatable {
    /// The stamp of the file the ranges are in.
    var stamp: FileStamp
    /// By key: where the record (or the run of records, such as a measure's figures)
    /// lies, without the comma before it.
    var ranges: [ContentDigest: Range<Int>]

    static let header = Array("dossier-records 1\n".utf8)

    /// The table kept beside `output`.
    static func url(beside output: OutputFolder) -> URL {
        output.url.deletingLastPathComponent().appendingPathComponent(".\(output.url.lastPathComponent).dossier-records")
    }

    /// The table as written: the header, then words (the stamp, the count, and key,
    /// start and length of each range), then the digest of all before it.
    var bytes: [UInt8] {
        var bytes = Self.header
        func word(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        word(UInt64(stamp.size))
        word(UInt64(bitPattern: Int64(stamp.modified)))
        word(stamp.inode)
        word(UInt64(ranges.count))
        // Sorted, so that the same table is the same bytes.
        for (key, range) in ranges.sorted(by: { $0.key.value < $1.key.value }) {
            word(key.value)
            word(UInt64(range.lowerBound))
            word(UInt64(range.count))
        }
        word(bytes.withUnsafeBytes { ContentDigest(bytes: $0) }.value)
        return bytes
    }

    /// The table in `bytes`, or nil unless they are one written whole.
    init?(bytes: [UInt8]) {
        let words = (bytes.count - Self.header.count) / 8
        guard bytes.count >= Self.header.count + 5 * 8, (bytes.count - Self.header.count) % 8 == 0,
              bytes.starts(with: Self.header) else { return nil }
        func word(_ index: Int) -> UInt64 {
            bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: Self.header.count + 8 * index, as: UInt64.self)) }
        }
        let count = Int(truncatingIfNeeded: word(3))
        guard count >= 0, count <= (words - 5) / 3, words == 5 + 3 * count,
              bytes.withUnsafeBytes({ ContentDigest(bytes: UnsafeRawBufferPointer(rebasing: $0[..<(bytes.count - 8)])) }).value == word(words - 1)
        else { return nil }
        stamp = FileStamp(size: Int(truncatingIfNeeded: word(0)), modified: Int(Int64(bitPattern: word(1))), inode: word(2))
        ranges = Dictionary(minimumCapacity: count)
        for entry in 0..<count {
            let start = Int(truncatingIfNeeded: word(4 + 3 * entry + 1)), length = Int(truncatingIfNeeded: word(4 + 3 * entry + 2))
            guard start >= 0, length > 0, start <= stamp.size - length else { return nil }
            ranges[ContentDigest(value: word(4 + 3 * entry))] = start..<(start + length)
        }
    }

    init(stamp: FileStamp, ranges: [ContentDigest: Range<Int>]) {
        (self.stamp, self.ranges) = (stamp, ranges)
    }

    /// The table kept at `url`, if it is one written whole.
    static func read(_ url: URL) -> RecordTable? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return RecordTable(bytes: [UInt8](data))
    }

    /// Writes the table at `url` in one rename. A table that cannot be written only
    /// costs the next build its copies; an old one is removed, never left to mislead.
    func save(_ url: URL) {
        let temporary = url.path + ".\(getpid())"
        guard PageWriter.writeFile(temporary, bytes) == nil, rename(temporary, url.path) == 0 else {
            unlink(temporary)
            unlink(url.path)
            return
        }
    }
}

/// One build's use of the record tables: the last build's, to copy from, and this
/// build's, as `graph.json` is made, to save once that file is in place.
final class RecordSplice: Sendable {
    /// Where the last `graph.json` is, and the table of what it holds.
    let lastFile: String
    let last: RecordTable?
    private let made = Mutex<(ranges: [ContentDigest: Range<Int>], reused: Int)?>(nil)

    init(lastFile: String, last: RecordTable?) {
        (self.lastFile, self.last) = (lastFile, last)
    }

    /// Noted by the maker of `graph.json` once it is made: where each record lies in
    /// the new file, and how many were copied from the last.
    func record(_ ranges: [ContentDigest: Range<Int>], reused: Int) {
        made.withLock { $0 = (ranges, reused) }
    }

    /// How many records were copied from the last file.
    var reused: Int { made.withLock { $0?.reused ?? 0 } }

    /// This build's table, for the file now at `path` as it was made; nil when the
    /// file was not made (it was kept) or is not there.
    func table(forFileAt path: String) -> RecordTable? {
        guard let ranges = made.withLock({ $0?.ranges }), let stamp = FileStamp.of(path) else { return nil }
        return RecordTable(stamp: stamp, ranges: ranges)
    }
}

/// The last `graph.json`, read forward a window at a time: the records a rebuild copies
/// come mostly in the order the file holds them.
final class LastRecords {
    private let fd: CInt
    private let table: RecordTable
    private var window: [UInt8] = []
    private var windowStart = 0

    static let windowSize = 1 << 20

    /// The file at `path`, when it still has the stamp its table records.
    init?(path: String, table: RecordTable?) {
        guard let table else { return nil }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, FileStamp(info) == table.stamp else {
            close(fd)
            return nil
        }
        (self.fd, self.table) = (fd, table)
    }

    deinit { close(fd) }

    /// The bytes last written under `key`, handed to `body`; false when there are none
    /// or they cannot be read.
    func withRecord(_ key: ContentDigest, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        guard let range = table.ranges[key] else { return false }
        if range.lowerBound < windowStart || range.upperBound > windowStart + window.count {
            guard fill(from: range.lowerBound, atLeast: range.count) else { return false }
        }
        window.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[(range.lowerBound - windowStart)..<(range.upperBound - windowStart)])) }
        return true
    }

    private func fill(from offset: Int, atLeast count: Int) -> Bool {
        let size = max(count, Self.windowSize)
        window = [UInt8](unsafeUninitializedCapacity: size) { buffer, done in
            done = 0
            while done < size {
                let n = pread(fd, buffer.baseAddress! + done, size - done, off_t(offset + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                done += n
            }
        }
        windowStart = offset
        return window.count >= count
    }
}
