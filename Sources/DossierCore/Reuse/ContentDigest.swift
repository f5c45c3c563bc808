/// A 64-bit digest of bytes that is the same in every run and on every machine (Swift's
/// own `Hasher` is seeded afresh in each process, so it cannot be kept in a cache).
/// Built by feeding it values in order; not cryptographic, only a guard against
/// accidental equality of two different contents (one chance in 2^64).
struct ContentDigest: Hashable, Sendable, CustomStringConvertible {
    private(set) var value: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var count: UInt64 = 0

    init() {}

    init(value: UInt64) { self.value = value }

    /// The digest of a text's UTF-8 bytes.
    init(of text: String) {
        text.withBytes { add(UnsafeRawBufferPointer($0)) }
    }

    mutating func add(_ word: UInt64) {
        count &+= 1
        value = Self.mix(value ^ Self.mix(word &+ count))
    }

    mutating func add(_ text: String) {
        text.withBytes { add(UnsafeRawBufferPointer($0)) }
    }

    mutating func add(_ digest: ContentDigest) { add(digest.value) }

    /// Thirty-two bytes at a time in four lanes, then eight at a time, then the rest and
    /// the length, so that "ab" + "c" and "a" + "bc" differ. A lane takes a word with one
    /// multiplication and one shift, which cannot make two different words give the same
    /// lane; the lanes are then added as words. Every word through `add(word)`, which
    /// mixes twice, was ten instructions a byte: 2 % of a full build (every input is
    /// digested, every body checked when it is read again), and more of a rebuild, which
    /// checks the 18 MB of parses it reads back for 10,000 briefs.
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var offset = 0
        if bytes.count >= 32 {
            var lanes = (value, ~value, value &+ 0x632B_E59B_D9B4_E019, value ^ 0xA076_1D64_78BD_642F)
            while offset + 32 <= bytes.count {
                lanes.0 = Self.stir(lanes.0 ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                lanes.1 = Self.stir(lanes.1 ^ bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                lanes.2 = Self.stir(lanes.2 ^ bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
                lanes.3 = Self.stir(lanes.3 ^ bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
                offset += 32
            }
            add(lanes.0)
            add(lanes.1)
            add(lanes.2)
            add(lanes.3)
        }
        while offset + 8 <= bytes.count {
            add(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        for (shift, byte) in bytes[offset...].enumerated() { tail |= UInt64(byte) << (8 * UInt64(shift)) }
        add(tail)
        add(UInt64(bytes.count))
    }

    /// One lane's step: an odd multiplier and a shift, each undone by its inverse, so a
    /// lane's state is a one-to-one function of the word it takes.
    @inline(__always) private static func stir(_ x: UInt64) -> UInt64 {
        let y = x &* 0x9FB2_1C65_1E98_DF25
        return y ^ (y >> 29)
    }

    /// The finaliser of SplitMix64: every input bit moves every output bit.
    private static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A digest is its value, however many values went into it.
    var description: String { hex }

    /// The sixteen digits of `hex`, appended to bytes.
    func appendHex<Output: ByteOutput>(to bytes: inout Output) {
        for shift in stride(from: 60, through: 0, by: -4) {
            let digit = UInt8((value >> UInt64(shift)) & 0xF)
            bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
        }
    }

    /// Sixteen hexadecimal digits, for the cache file.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Two digests are equal when their values are, however they were built.
    static func == (a: ContentDigest, b: ContentDigest) -> Bool { a.value == b.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }

    /// From sixteen hexadecimal digits (lower case, as `hex` writes them).
    init?(hex: some Collection<UInt8>) {
        guard hex.count == 16 else { return nil }
        var value: UInt64 = 0
        for byte in hex {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value << 4 | UInt64(byte - UInt8(ascii: "a") + 10)
            default: return nil
            }
        }
        self.value = value
    }

    /// The digest of bytes, as `init(of:)` gives for a text of those bytes.
    init(bytes: UnsafeRawBufferPointer) { add(bytes) }
}
