import Foundation

/// The parse of every brief and profile that parsed cleanly, kept beside the output as
/// `.NAME.dossier-parsed`, each under the stamp (size, mtime, inode) its file had and
/// the program that parsed it. A rebuild reads a file whose stamp is unchanged from
/// here instead of reading and parsing it again. The file ends with a digest of
/// itself; a cache that is cut short, altered or from another program is not used.
struct ParseCache: Sendable {
    let url: URL

    init(output: OutputFolder) {
        url = output.url.deletingLastPathComponent()
            .appendingPathComponent(".\(output.url.lastPathComponent).dossier-parsed")
    }

    static let header = Array("dossier-parsed 1\n".utf8)

    /// One file's parse as held: the stamp of the file it was read from, and its bytes
    /// (a range of `bytes`, shared by all entries of one cache file).
    struct Entry: Sendable {
        var stamp: String
        var bytes: [UInt8]
        var range: Range<Int>

        init(stamp: String, bytes: [UInt8]) {
            (self.stamp, self.bytes, range) = (stamp, bytes, 0..<bytes.count)
        }

        init(stamp: String, bytes: [UInt8], range: Range<Int>) {
            (self.stamp, self.bytes, self.range) = (stamp, bytes, range)
        }

        /// The parse, if it reads back whole.
        func value<Value: Persisted>(path: String, location: String) -> Value? {
            var input = ByteReader(bytes, range: range, path: path, location: location)
            guard let value = try? Value(from: &input), input.isAtEnd else { return nil }
            return value
        }
    }

    /// The entries of the last build by this `program`, by path; none when the cache
    /// is missing, altered, cut short or another program's.
    func read(program: String) -> [String: Entry] {
        guard let data = FileManager.default.contents(atPath: url.path), data.count > Self.header.count + 8 else { return [:] }
        let bytes = [UInt8](data)
        let body = bytes.count - 8
        let sum = bytes[body...].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        guard bytes.starts(with: Self.header),
              bytes.withUnsafeBytes({ raw in Self.digest(UnsafeRawBufferPointer(rebasing: raw[..<body])) }) == sum else { return [:] }
        var input = ByteReader(bytes, range: Self.header.count..<body)
        var entries: [String: Entry] = [:]
        do throws(ByteReader.Corrupt) {
            guard try input.string() == program else { return [:] }
            while !input.isAtEnd {
                let path = try input.string(), stamp = try input.string(), count = try input.int()
                guard count >= 0, count <= input.end - input.offset else { return [:] }
                entries[path] = Entry(stamp: stamp, bytes: bytes, range: input.offset..<input.offset + count)
                input.offset += count
            }
        } catch {
            return [:]
        }
        return entries
    }

    /// Writes `entries` in path order. A cache that cannot be written only costs the
    /// next build its shortcut.
    func save(_ entries: [String: Entry], program: String) {
        var out = ByteWriter()
        out.bytes = Self.header
        out.string(program)
        for path in entries.keys.sorted() {
            let entry = entries[path]!
            out.string(path)
            out.string(entry.stamp)
            out.int(entry.range.count)
            out.bytes += entry.bytes[entry.range]
        }
        let sum = out.bytes.withUnsafeBytes { Self.digest($0) }
        for shift in 0..<8 { out.bytes.append(UInt8(truncatingIfNeeded: sum >> (8 * UInt64(shift)))) }
        let temporary = url.path + ".\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(out.bytes)),
              rename(temporary, url.path) == 0 else {
            unlink(temporary)
            return
        }
    }

    private static func digest(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var digest = ContentDigest()
        digest.add(bytes)
        return digest.value
    }

    /// A parse to hold, when it can be held faithfully.
    static func entry<Value: Persisted>(_ value: Value, path: String, stamp: String) -> Entry? {
        var out = ByteWriter(path: path)
        value.persist(to: &out)
        return out.isFaithful ? Entry(stamp: stamp, bytes: out.bytes) : nil
    }
}
