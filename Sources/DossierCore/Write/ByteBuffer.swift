#if canImport(Glibc)
import Glibc
#endif

/// Where bytes are written: a `[UInt8]`, or a `ByteBuffer` for the big generated files.
protocol ByteOutput {
    mutating func append(_ byte: UInt8)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteOutput where Element == UInt8 {
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}

/// Bytes appended at the end of one growing allocation. Each append is a bounds check
/// and a store or a `memcpy`: `[UInt8].append` also checked through a call, every time,
/// that the array was not shared, and appending a buffer went through the generic
/// `append(contentsOf:)`. In `graph.json` a key cost 187 instructions that way.
final class ByteBuffer: ByteOutput {
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>

    init(capacity: Int = 0) {
        self.capacity = max(capacity, 256)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always) func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always) func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, bytes.count > 0 else { return }
        if capacity - count < bytes.count { grow(toHold: count + bytes.count) }
        (base + count).update(from: start, count: bytes.count)
        count += bytes.count
    }

    @inline(__always) func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    func append(_ text: String) {
        text.withBytes { append($0) }
    }

    /// `value` in decimal digits.
    func append(decimal value: UInt64) {
        // The largest power of ten not above `value` (1 for 0): it cannot overflow, being
        // at most `value`.
        var divisor: UInt64 = 1
        while value / divisor >= 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            append(0x30 + UInt8(truncatingIfNeeded: rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    subscript(index: Int) -> UInt8 {
        precondition(index >= 0 && index < count, "no such byte")
        return base[index]
    }

    /// `text`'s bytes put in at `index`, those after it moved along.
    func insert(_ text: String, at index: Int) {
        precondition(index >= 0 && index <= count, "no such place")
        text.withBytes { bytes in
            guard let start = bytes.baseAddress, bytes.count > 0 else { return }
            if capacity - count < bytes.count { grow(toHold: count + bytes.count) }
            (base + index + bytes.count).update(from: base + index, count: count - index)
            (base + index).update(from: start, count: bytes.count)
            count += bytes.count
        }
    }

    /// The bytes so far, as an array.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    func withUnsafeBytes<T>(_ body: (UnsafeRawBufferPointer) -> T) -> T {
        body(UnsafeRawBufferPointer(start: base, count: count))
    }

    func removeAll() { count = 0 }

    func removeLast() {
        precondition(count > 0, "no byte to remove")
        count -= 1
    }

    /// The buffer as an `inout` output without a reference of its own: a copy of the
    /// buffer's reference is a count kept and let go, for every value a page prints.
    /// For the extent of a call in which the buffer is alive.
    struct Unretained: ByteOutput {
        let buffer: Unmanaged<ByteBuffer>

        init(_ buffer: ByteBuffer) { self.buffer = .passUnretained(buffer) }

        @inline(__always) func append(_ byte: UInt8) { buffer._withUnsafeGuaranteedRef { $0.append(byte) } }
        @inline(__always) func append(_ bytes: UnsafeBufferPointer<UInt8>) { buffer._withUnsafeGuaranteedRef { $0.append(bytes) } }
    }

    private func grow(toHold needed: Int) {
        capacity = max(needed, 2 * capacity)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        larger.update(from: base, count: count)
        base.deallocate()
        base = larger
    }
}
