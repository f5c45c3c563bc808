import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The parse of every brief and profile that parsed cleanly, kept beside the output as
/// `.NAME.dossier-parsed`, each under the stamp (size, mtime, inode) its file had and
/// the program that parsed it. A rebuild reads a file whose stamp is unchanged from
/// here instead of reading and parsing it again. Each entry carries a digest of its
/// bytes: one that does not match, or a cache from another program, is not used.
/// A path's last entry in the file is its entry: a rebuild adds the files it parsed
/// afresh at the end (`save`).
struct ParseCache: Sendable {
    let url: URL

    init(output: OutputFolder) {
        url = output.url.deletingLastPathComponent()
            .appendingPathComponent(".\(output.url.lastPathComponent).dossier-parsed")
    }

    static let header = Array("dossier-parsed 3\n".utf8)

    /// One file's parse as held: the stamp of the file it was read from, and where its
    /// bytes are in the cache file, which is read a piece at a time, never whole.
    struct Entry: Sendable {
        var stamp: String
        let file: CacheFile
        /// Where the entry starts (its heading), where its bytes start, and their count.
        var start: Int
        var offset: Int
        var count: Int
        var digest: UInt64

        /// Where the next entry starts.
        var end: Int { offset + count }

        /// The bytes, if they are the ones written.
        func bytes() -> [UInt8]? {
            guard let bytes = file.read(at: offset, count: count),
                  bytes.withUnsafeBytes({ ParseCache.digest($0) }) == digest else { return nil }
            return bytes
        }

        /// The parse, if its bytes are the ones written and read back whole.
        func value<Value: Persisted>(path: String, location: String) -> Value? {
            guard let bytes = bytes() else { return nil }
            var input = ByteReader(bytes, range: 0..<bytes.count, path: path, location: location)
            guard let value = try? Value(from: &input), input.isAtEnd else { return nil }
            return value
        }
    }

    /// The open cache file of the last build; closed when no entry needs it any more.
    /// Saving renames a new file over it, and the entries read on from the old one.
    final class CacheFile: Sendable {
        let fd: CInt
        let size: Int
        private let identity: (device: UInt64, inode: UInt64)
        /// Set when `read` found whole entries all the way to the end of the file: only
        /// then may a save add to it.
        let isReadWhole = Atomic<Bool>(false)

        init?(path: String) {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            var status = stat()
            guard fd >= 0, fstat(fd, &status) == 0 else {
                if fd >= 0 { close(fd) }
                return nil
            }
            size = Int(status.st_size)
            identity = (UInt64(status.st_dev), UInt64(status.st_ino))
        }

        deinit { close(fd) }

        /// Whether this is still the file at `path`, not one renamed over it since.
        func isStill(at path: String) -> Bool {
            var status = stat()
            return stat(path, &status) == 0 && (UInt64(status.st_dev), UInt64(status.st_ino)) == identity
        }

        /// Appends the bytes in `range` to the file open at `target`, a megabyte at a time.
        func copy(_ range: Range<Int>, to target: CInt) -> Bool {
            var offset = range.lowerBound
            while offset < range.upperBound {
                guard let piece = read(at: offset, count: min(range.upperBound - offset, 1 << 20)),
                      PageWriter.writeAll(target, piece) else { return false }
                offset += piece.count
            }
            return true
        }

        /// `count` bytes at `offset`, or nil when the file ends first.
        func read(at offset: Int, count: Int) -> [UInt8]? {
            guard offset >= 0, count >= 0, offset + count <= size else { return nil }
            let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, done in
                done = 0
                while done < count {
                    let n = pread(fd, buffer.baseAddress! + done, count - done, off_t(offset + done))
                    if n < 0 && errno == EINTR { continue }
                    guard n > 0 else { break }
                    done += n
                }
            }
            return bytes.count == count ? bytes : nil
        }
    }

    /// How a parsed file will be held: its entry as read back, or, parsed afresh, the
    /// stamp to hold it under (it is written when the cache is saved, never kept twice).
    enum Holding: Sendable {
        case reused(Entry)
        case fresh(stamp: String)
    }

    /// The entries of the last build by this `program`, by path; none when the cache is
    /// missing or another program's. Only the headings are read here, through a window
    /// that moves along the file. An entry cut short ends the list there.
    func read(program: String) -> [String: Entry] {
        guard let file = CacheFile(path: url.path) else { return [:] }
        var window = Window(file: file)
        guard window.move(to: 0), window.bytes.starts(with: Self.header) else { return [:] }
        var entries: [String: Entry] = [:]
        do throws(ByteReader.Corrupt) {
            var input = ByteReader(window.bytes, range: Self.header.count..<window.bytes.count)
            guard try input.string() == program else { return [:] }
            var offset = window.start + input.offset
            while offset < file.size {
                guard let (path, entry) = Self.entry(at: offset, through: &window) else { break }
                entries[path] = entry
                offset = entry.end
            }
            if offset == file.size { file.isReadWhole.store(true, ordering: .relaxed) }
        } catch {
            return entries
        }
        return entries
    }

    /// A piece of the cache file, read to find the headings in it: one read for
    /// hundreds of entries.
    private struct Window {
        let file: CacheFile
        var start = 0
        var bytes: [UInt8] = []

        /// Reads the piece from `offset`: 256 KiB, or at least `atLeast`.
        mutating func move(to offset: Int, atLeast: Int = 0) -> Bool {
            guard let read = file.read(at: offset, count: min(file.size - offset, max(256 * 1024, atLeast))) else {
                return false
            }
            (start, bytes) = (offset, read)
            return true
        }
    }

    /// The entry whose heading (a path, a stamp and two numbers) starts at `offset`, read
    /// through `window`, moved on when the heading is not wholly in it.
    private static func entry(at offset: Int, through window: inout Window) -> (String, Entry)? {
        for attempt in 0..<3 {
            if attempt == 1, !window.move(to: offset) { return nil }
            if attempt == 2, !window.move(to: offset, atLeast: 1 << 20) { return nil }
            guard offset >= window.start, offset < window.start + window.bytes.count else { continue }
            var heading = ByteReader(window.bytes, range: (offset - window.start)..<window.bytes.count)
            guard let path = try? heading.string(), let stamp = try? heading.string(),
                  let digest = try? UInt64(from: &heading), let count = try? heading.int() else { continue }
            let start = window.start + heading.offset
            guard count >= 0, start + count <= window.file.size else { return nil }
            return (path, Entry(stamp: stamp, file: window.file, start: offset, offset: start, count: count, digest: digest))
        }
        return nil
    }

    /// Keeps every held file of `site` for the next build. When most entries were read
    /// back from one cache file, still in place and read whole, the fresh parses are
    /// added at its end (`append`): a one-edit rebuild of 10,000 briefs wrote the whole
    /// 20 MB again. Otherwise, and once the entries no longer used would be half the
    /// file, it is written anew (`rewrite`). A cache that cannot be written only costs
    /// the next build its shortcut.
    func save(_ site: ParsedSite, program: String) {
        if let file = Self.appendable(site), file.isStill(at: url.path),
           Self.append(Self.files(of: site, onlyFresh: true), of: site, to: url.path) {
            return
        }
        rewrite(Self.files(of: site, onlyFresh: false), of: site, program: program)
    }

    /// The parsed files of `site`, profiles then briefs, each in path order; with
    /// `onlyFresh`, only those parsed afresh.
    private static func files(of site: ParsedSite, onlyFresh: Bool) -> [(path: String, value: any Persisted & Sendable)] {
        func wanted(_ path: String) -> Bool {
            guard onlyFresh else { return true }
            if case .fresh = site.holdings[path] { return true } else { return false }
        }
        // By index: filtering the files themselves copied each one.
        return site.profiles.indices.filter { wanted(site.profiles[$0].path) }.map { (site.profiles[$0].path, site.profiles[$0]) }
            + site.briefs.indices.filter { wanted(site.briefs[$0].path) }.map { (site.briefs[$0].path, site.briefs[$0]) }
    }

    /// The one cache file that every entry read back lies in, when it was read whole and
    /// those entries are at least half of it.
    private static func appendable(_ site: ParsedSite) -> CacheFile? {
        var file: CacheFile?
        var used = 0
        for holding in site.holdings.values {
            guard case .reused(let entry) = holding else { continue }
            if file == nil { file = entry.file }
            guard file === entry.file else { return nil }
            used += entry.end - entry.start
        }
        guard let file, file.isReadWhole.load(ordering: .relaxed), 2 * used >= file.size else { return nil }
        return file
    }

    /// Adds the fresh parses at the end of the file at `path`, a slice's entries written
    /// together. An entry cut short (the disk full, the machine stopped) ends the entries
    /// there, and the next save writes the file anew.
    private static func append(_ files: [(path: String, value: any Persisted & Sendable)], of site: ParsedSite,
                               to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { return false }
        var ok = true
        encodeFresh(files, of: site) { slice, encoded in
            var out = ByteWriter()
            for (file, fresh) in zip(slice, encoded) {
                guard let fresh else { continue }
                entry(file.path, fresh, into: &out)
            }
            ok = ok && PageWriter.writeAll(fd, out.bytes)
        }
        return close(fd) == 0 && ok
    }

    /// Writes every held file of `site`, profiles then briefs, in their path order, into
    /// a new file renamed over the old: an entry read back is copied as it was, in runs.
    private func rewrite(_ files: [(path: String, value: any Persisted & Sendable)], of site: ParsedSite,
                         program: String) {
        let temporary = url.path + ".\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        var out = ByteWriter()
        out.bytes = Self.header
        out.string(program)
        var ok = true
        func flush() {
            ok = ok && PageWriter.writeAll(fd, out.bytes)
            out.bytes.removeAll(keepingCapacity: true)
        }
        // Entries read back lie in the old file mostly in this same order: each run of
        // them is copied whole, without reading it through (their digests were checked
        // when they were read back).
        var run: (file: CacheFile, start: Int, end: Int)?
        func copyRun() {
            guard let (file, start, end) = run else { return }
            flush()
            ok = ok && file.copy(start..<end, to: fd)
            run = nil
        }
        Self.encodeFresh(files, of: site) { slice, encoded in
            for (file, fresh) in zip(slice, encoded) {
                if case .reused(let entry) = site.holdings[file.path] {
                    if let last = run, last.file === entry.file, last.end == entry.start {
                        run?.end = entry.end
                    } else {
                        copyRun()
                        run = (entry.file, entry.start, entry.end)
                    }
                    continue
                }
                guard let fresh else { continue }
                copyRun()
                Self.entry(file.path, fresh, into: &out)
            }
            if out.bytes.count > 1 << 20 { flush() }
        }
        copyRun()
        flush()
        if close(fd) != 0 || !ok || rename(temporary, url.path) != 0 { unlink(temporary) }
    }

    /// The files parsed afresh, encoded a slice at a time on both cores, so that the
    /// cache is never held whole in memory: `body` takes each slice and, by file, its
    /// stamp and bytes (nil for a file read back, not held or not held faithfully).
    private static func encodeFresh(_ files: [(path: String, value: any Persisted & Sendable)], of site: ParsedSite,
                                    _ body: (ArraySlice<(path: String, value: any Persisted & Sendable)>,
                                             [(stamp: String, bytes: [UInt8])?]) -> Void) {
        for start in stride(from: 0, to: files.count, by: 512) {
            let slice = files[start..<min(start + 512, files.count)]
            let encoded = Array(slice).parallelMap { file -> (stamp: String, bytes: [UInt8])? in
                guard case .fresh(let stamp) = site.holdings[file.path] else { return nil }
                return encode(file.value, path: file.path).map { (stamp, $0) }
            }
            body(slice, encoded)
        }
    }

    /// An entry: its heading (path, stamp, digest and count of its bytes), then the bytes.
    private static func entry(_ path: String, _ fresh: (stamp: String, bytes: [UInt8]), into out: inout ByteWriter) {
        out.string(path)
        out.string(fresh.stamp)
        fresh.bytes.withUnsafeBytes { digest($0) }.persist(to: &out)
        out.int(fresh.bytes.count)
        out.bytes += fresh.bytes
    }

    /// A parse's bytes, when it can be written faithfully.
    static func encode(_ value: any Persisted, path: String) -> [UInt8]? {
        var out = ByteWriter(path: path)
        value.persist(to: &out)
        return out.isFaithful ? out.bytes : nil
    }

    static func digest(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var digest = ContentDigest()
        digest.add(bytes)
        return digest.value
    }
}
