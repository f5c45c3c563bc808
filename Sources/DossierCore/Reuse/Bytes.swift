/// The bytes of the parse cache: numbers as LEB128 varints, texts as their length
/// and UTF-8 bytes. Written and read in one fixed order by `Persisted` values.
struct ByteWriter {
    var bytes: [UInt8] = []
    /// The file whose parse is written: locations in it are written without their path.
    let path: String
    /// The file's first place: a location is in the file when it is in `start`'s.
    let start: SourceLocation
    /// False once something was met that cannot be written faithfully (a location in
    /// another file, a body still in memory): the parse is then not cached.
    var isFaithful = true

    init(path: String = "") {
        self.path = path
        start = SourceLocation(path: path)
    }

    mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value))
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func string(_ text: String) {
        text.withBytes { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }
}

/// Reads what `ByteWriter` wrote; anything that does not fit is `Corrupt`.
struct ByteReader {
    struct Corrupt: Error {}

    let bytes: [UInt8]
    var offset: Int
    let end: Int
    /// The file whose parse is being read: its path in the site, which its locations
    /// name, and where it is on disk, where its body is read again.
    let path: String
    let location: String
    /// The file's first place, which every location read is moved from.
    let start: SourceLocation

    init(_ bytes: [UInt8], range: Range<Int>, path: String = "", location: String = "") {
        self.bytes = bytes
        offset = range.lowerBound
        end = range.upperBound
        self.path = path
        self.location = location
        start = SourceLocation(path: path)
    }

    var isAtEnd: Bool { offset == end }

    /// Most numbers written (lines, columns, counts, flags, words) are below 128: one
    /// byte, read here without the loop. The varints were a third of decoding a brief.
    @inline(__always)
    mutating func int() throws(Corrupt) -> Int {
        if offset < end, bytes[offset] < 0x80 {
            defer { offset += 1 }
            return Int(bytes[offset])
        }
        return try longInt()
    }

    private mutating func longInt() throws(Corrupt) -> Int {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard offset < end, shift < 64 else { throw Corrupt() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return Int(Int64(bitPattern: value)) }
            shift += 7
        }
    }

    mutating func string() throws(Corrupt) -> String {
        let count = try int()
        guard count >= 0, count <= end - offset else { throw Corrupt() }
        let start = offset
        offset += count
        // The bytes are the ones written from a `String` (the entry's digest matched), so
        // they are valid UTF-8: decoded from contiguous memory, the check is the library's
        // fast one, where `String(validating:)` on a slice went through it byte by byte.
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<start + count]), as: UTF8.self) }
    }
}

/// A value the parse cache can hold: written field by field, read back in that order.
protocol Persisted {
    func persist(to out: inout ByteWriter)
    init(from input: inout ByteReader) throws(ByteReader.Corrupt)
}

extension Int: Persisted {
    func persist(to out: inout ByteWriter) { out.int(self) }
    init(from input: inout ByteReader) throws(ByteReader.Corrupt) { self = try input.int() }
}

extension Bool: Persisted {
    func persist(to out: inout ByteWriter) { out.int(self ? 1 : 0) }
    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        switch try input.int() {
        case 0: self = false
        case 1: self = true
        default: throw ByteReader.Corrupt()
        }
    }
}

extension String: Persisted {
    func persist(to out: inout ByteWriter) { out.string(self) }
    init(from input: inout ByteReader) throws(ByteReader.Corrupt) { self = try input.string() }
}

extension Double: Persisted {
    func persist(to out: inout ByteWriter) { out.int(Int(Int64(bitPattern: bitPattern))) }
    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        self = Double(bitPattern: UInt64(bitPattern: Int64(try input.int())))
    }
}

extension UInt64: Persisted {
    func persist(to out: inout ByteWriter) { out.int(Int(Int64(bitPattern: self))) }
    init(from input: inout ByteReader) throws(ByteReader.Corrupt) { self = UInt64(bitPattern: Int64(try input.int())) }
}

extension Optional: Persisted where Wrapped: Persisted {
    func persist(to out: inout ByteWriter) {
        guard let self else { return out.int(0) }
        out.int(1)
        self.persist(to: &out)
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        switch try input.int() {
        case 0: self = nil
        case 1: self = try Wrapped(from: &input)
        default: throw ByteReader.Corrupt()
        }
    }
}

extension Array: Persisted where Element: Persisted {
    func persist(to out: inout ByteWriter) {
        out.int(count)
        for element in self { element.persist(to: &out) }
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        let count = try input.int()
        guard count >= 0, count <= input.end - input.offset else { throw ByteReader.Corrupt() }
        self = []
        reserveCapacity(count)
        for _ in 0..<count { append(try Element(from: &input)) }
    }
}

/// A vocabulary word, by its place in its vocabulary (`words`, each type's `allCases`
/// kept once): read back by its spelling, each word was a string made and then compared
/// with every spelling in turn, some 300 instructions.
protocol PersistedWord: Persisted, Equatable {
    static var words: [Self] { get }
}

extension PersistedWord {
    func persist(to out: inout ByteWriter) { out.int(Self.words.firstIndex(of: self)!) }
    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        let index = try input.int()
        guard Self.words.indices.contains(index) else { throw ByteReader.Corrupt() }
        self = Self.words[index]
    }
}
