/// JSON written straight into bytes: the same text `JSONValue.compact` gives, for the big
/// files (`graph.json`, the search index), without building a tree of values and sorting
/// each object's keys first. That tree was most of the time `graph.json` took.
///
/// The caller writes each object's keys in byte order, as `JSONValue` sorts them; the
/// open-data tests check that every object in `graph.json` reads back sorted.
struct JSONBytes {
    private var out: ByteBuffer
    /// Whether the next value or key follows another in the same list or object.
    private var needsComma = false
    /// How many bytes `flush` has handed on.
    private var flushed = 0

    init(capacity: Int = 0) { out = ByteBuffer(capacity: capacity) }

    var bytes: [UInt8] { out.bytes }

    /// How many bytes have been written, handed on or not.
    var position: Int { flushed + out.count }

    /// Hands the bytes so far to `emit` once there are at least `size` of them. Between
    /// values only: the separators still come out right after.
    mutating func flush(atLeast size: Int, to emit: ([UInt8]) -> Void) {
        guard out.count >= size else { return }
        emit(out.bytes)
        flushed += out.count
        out.removeAll()
    }

    /// One or more values of the list being written, by `write`, which must write at
    /// least one. Returns where they lie in all that was written, without the comma
    /// before them: the bytes `run(copying:)` takes.
    mutating func run(_ write: (inout JSONBytes) -> Void) -> Range<Int> {
        separate()
        needsComma = false
        let start = position
        write(&self)
        precondition(needsComma, "a run of values holds at least one")
        return start..<position
    }

    /// Values written by `run` before, as they were. Returns where they lie now.
    mutating func run(copying bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        separate()
        let start = position
        out.append(bytes)
        needsComma = true
        return start..<position
    }

    mutating func object(_ fields: (inout JSONBytes) -> Void) {
        open(0x7B)
        fields(&self)
        close(0x7D)
    }

    mutating func array(_ items: (inout JSONBytes) -> Void) {
        open(0x5B)
        items(&self)
        close(0x5D)
    }

    /// For an object written over many statements, such as one handed on in pieces.
    mutating func beginObject() { open(0x7B) }
    mutating func endObject() { close(0x7D) }
    mutating func beginArray() { open(0x5B) }
    mutating func endArray() { close(0x5D) }

    /// Each element written by `item`, in order.
    mutating func array<S: Sequence>(_ elements: S, _ item: (inout JSONBytes, S.Element) -> Void) {
        array { json in for element in elements { item(&json, element) } }
    }

    /// `name` and the array of what `item` writes of each element; nothing at all when
    /// there are no elements (as a `JSONValue` object leaves out a missing field).
    mutating func list<S: Collection>(_ name: StaticString, _ elements: S, _ item: (inout JSONBytes, S.Element) -> Void) {
        guard !elements.isEmpty else { return }
        key(name)
        array(elements, item)
    }

    mutating func key(_ name: StaticString) {
        separate()
        out.append(0x22)
        out.append(name)
        out.append(0x22)
        out.append(0x3A)
        needsComma = false
    }

    /// Text as it is, outside any value: the script around the search index's object.
    mutating func raw(_ text: StaticString) { out.append(text) }

    mutating func string(_ text: String) {
        separate()
        JSONValue.escape(text, into: &out)
        needsComma = true
    }

    mutating func string(_ text: String?) { if let text { string(text) } else { null() } }
    mutating func string<T: RawRepresentable<String>>(_ word: T?) { string(word?.rawValue) }
    mutating func strings(_ texts: [String]) { array(texts) { $0.string($1) } }

    mutating func number(_ value: Double) {
        separate()
        var text: String = JSONValue.number(value)
        text.withUTF8 { out.append($0) }
        needsComma = true
    }

    mutating func number(_ value: Double?) { if let value { number(value) } else { null() } }

    /// `"YYYY-MM-DD"`, as `Day.description`.
    mutating func day(_ day: Day) {
        separate()
        out.append(0x22)
        digits(day.year, 4)
        out.append(0x2D)
        digits(day.month, 2)
        out.append(0x2D)
        digits(day.day, 2)
        out.append(0x22)
        needsComma = true
    }

    mutating func day(_ day: Day?) { if let day { self.day(day) } else { null() } }

    mutating func null() {
        separate()
        out.append("null")
        needsComma = true
    }

    private mutating func open(_ bracket: UInt8) {
        separate()
        out.append(bracket)
        needsComma = false
    }

    private mutating func close(_ bracket: UInt8) {
        out.append(bracket)
        needsComma = true
    }

    @inline(__always) private mutating func separate() {
        if needsComma { out.append(0x2C) }
    }

    /// `n` in `width` decimal digits, zero-padded.
    private mutating func digits(_ n: Int, _ width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var n = n
        while divisor > 0 {
            out.append(0x30 + UInt8(truncatingIfNeeded: (n / divisor) % 10))
            n %= divisor
            divisor /= 10
        }
    }
}
