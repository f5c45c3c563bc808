import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The parse of every brief and profile that parsed cleanly, kept beside the output as
/// `.NAME.dossier-parsed`, each under the stamp (size, mtime, inode) its file had and
/// the program that parsed it. A rebuild reads a file whose stamp is unchanged from
/// here instead of reading and parsing it again. Each entry carries a digest of its
/// bytes: one that does not match, or a cache from another program, is not used.
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
        var offset: Int
        var count: Int
        var digest: UInt64

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

        init?(path: String) {
            fd = open(path, O_RDONLY | O_CLOEXEC)
            var status = stat()
            guard fd >= 0, fstat(fd, &status) == 0 else {
                if fd >= 0 { close(fd) }
                return nil
            }
            size = Int(status.st_size)
        }

        deinit { close(fd) }

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
    /// missing or another program's. Only each entry's heading is read here. An entry
    /// cut short ends the list there.
    func read(program: String) -> [String: Entry] {
        guard let file = CacheFile(path: url.path),
              let head = file.read(at: 0, count: min(file.size, 64 * 1024)), head.starts(with: Self.header) else { return [:] }
        var entries: [String: Entry] = [:]
        var offset = Self.header.count
        do throws(ByteReader.Corrupt) {
            var input = ByteReader(head, range: offset..<head.count)
            guard try input.string() == program else { return [:] }
            offset = input.offset
            while offset < file.size {
                guard let (path, entry) = Self.entry(in: file, at: offset) else { break }
                entries[path] = entry
                offset = entry.offset + entry.count
            }
        } catch {
            return entries
        }
        return entries
    }

    /// The entry whose heading (a path, a stamp and two numbers) starts at `offset`: read
    /// through a small window, or a larger one for a very long path.
    private static func entry(in file: CacheFile, at offset: Int) -> (String, Entry)? {
        for size in [1024, 64 * 1024] {
            guard let window = file.read(at: offset, count: min(file.size - offset, size)) else { return nil }
            var heading = ByteReader(window, range: 0..<window.count)
            guard let path = try? heading.string(), let stamp = try? heading.string(),
                  let digest = try? UInt64(from: &heading), let count = try? heading.int() else {
                if window.count < size { return nil }
                continue
            }
            let start = offset + heading.offset
            guard count >= 0, start + count <= file.size else { return nil }
            return (path, Entry(stamp: stamp, file: file, offset: start, count: count, digest: digest))
        }
        return nil
    }

    /// Writes every held file of `site`, profiles then briefs, in their path order: a
    /// reused entry as it was, a fresh parse encoded a slice at a time on both cores,
    /// so that the cache is never held whole in memory. A cache that cannot be written
    /// only costs the next build its shortcut.
    func save(_ site: ParsedSite, program: String) {
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
        let files: [(path: String, value: any Persisted & Sendable)] = site.profiles.map { ($0.path, $0) } + site.briefs.map { ($0.path, $0) }
        for start in stride(from: 0, to: files.count, by: 512) {
            let slice = Array(files[start..<min(start + 512, files.count)])
            let encoded = slice.parallelMap { file -> (stamp: String, bytes: [UInt8])? in
                switch site.holdings[file.path] {
                case .reused(let entry): return entry.bytes().map { (entry.stamp, $0) }
                case .fresh(let stamp): return Self.encode(file.value, path: file.path).map { (stamp, $0) }
                case nil: return nil
                }
            }
            for (file, entry) in zip(slice, encoded) {
                guard let entry else { continue }
                out.string(file.path)
                out.string(entry.stamp)
                entry.bytes.withUnsafeBytes { Self.digest($0) }.persist(to: &out)
                out.int(entry.bytes.count)
                out.bytes += entry.bytes
            }
            if out.bytes.count > 1 << 20 { flush() }
        }
        flush()
        if close(fd) != 0 || !ok || rename(temporary, url.path) != 0 { unlink(temporary) }
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
