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

    static let header = Array("dossier-parsed 2\n".utf8)

    /// One file's parse as held: the stamp of the file it was read from, and its bytes,
    /// a range of `bytes` (shared by every entry of one cache file).
    struct Entry: Sendable {
        var stamp: String
        var bytes: [UInt8]
        var range: Range<Int>
        var digest: UInt64

        /// The parse, if its bytes are the ones written and read back whole.
        func value<Value: Persisted>(path: String, location: String) -> Value? {
            let sum = bytes.withUnsafeBytes { ParseCache.digest(UnsafeRawBufferPointer(rebasing: $0[range])) }
            guard sum == digest else { return nil }
            var input = ByteReader(bytes, range: range, path: path, location: location)
            guard let value = try? Value(from: &input), input.isAtEnd else { return nil }
            return value
        }
    }

    /// How a parsed file will be held: its entry as read back, or, parsed afresh, the
    /// stamp to hold it under (it is written when the cache is saved, never kept twice).
    enum Holding: Sendable {
        case reused(Entry)
        case fresh(stamp: String)
    }

    /// The entries of the last build by this `program`, by path; none when the cache is
    /// missing or another program's. An entry cut short ends the list there.
    func read(program: String) -> [String: Entry] {
        guard let bytes = Self.contents(of: url.path), bytes.starts(with: Self.header) else { return [:] }
        var input = ByteReader(bytes, range: Self.header.count..<bytes.count)
        var entries: [String: Entry] = [:]
        do throws(ByteReader.Corrupt) {
            guard try input.string() == program else { return [:] }
            while !input.isAtEnd {
                let path = try input.string(), stamp = try input.string()
                let digest = try UInt64(from: &input), count = try input.int()
                guard count >= 0, count <= input.end - input.offset else { break }
                entries[path] = Entry(stamp: stamp, bytes: bytes, range: input.offset..<input.offset + count, digest: digest)
                input.offset += count
            }
        } catch {
            return entries
        }
        return entries
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
            let encoded = slice.parallelMap { file -> (stamp: String, bytes: ArraySlice<UInt8>)? in
                switch site.holdings[file.path] {
                case .reused(let entry): return (entry.stamp, entry.bytes[entry.range])
                case .fresh(let stamp): return Self.encode(file.value, path: file.path).map { (stamp, $0[...]) }
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

    /// A whole file's bytes, read straight into one array.
    private static func contents(of path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { return nil }
        let size = Int(status.st_size)
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let n = Glibc.read(fd, buffer.baseAddress! + count, size - count)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { break }
                count += n
            }
        }
        return bytes.count == size ? bytes : nil
    }
}
