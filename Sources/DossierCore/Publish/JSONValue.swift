/// A JSON value written by hand, so the output is deterministic (keys sorted, numbers in
/// one form) and safe to place anywhere: inside `<script>` or a `.js` file, no value can
/// end the element or the script (see `JSONValue.escape`).
indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// An object's fields, sorted by their keys' UTF-8 bytes, each key once. The site's
    /// own JSON (`graph.json`, the search index, JSON-LD) is written straight into bytes
    /// by `JSONBytes`; these values are the form its tests read it back into and compare.
    case sortedObject([Field])

    struct Field: Sendable, Hashable {
        var key: String
        var value: JSONValue
    }

    /// An object from its fields.
    static func object(_ fields: [String: JSONValue]) -> JSONValue {
        .sortedObject(fields.map { Field(key: $0.key, value: $0.value) }.sorted { $0.key.bytewisePrecedes($1.key) })
    }

    static func strings(_ texts: [String]) -> JSONValue { .array(texts.map(JSONValue.string)) }

    /// On one line, keys sorted by their UTF-8 bytes.
    var compact: String {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Written as bytes: appending to a `String` piece by piece made the JSON-LD of
    /// every page a twentieth of a build.
    func write(to out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let value): out.append(contentsOf: JSONValue.number(value).utf8)
        case .string(let text): JSONValue.escape(text, into: &out)
        case .array(let items):
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                item.write(to: &out)
            }
            out.append(0x5D)
        case .sortedObject(let fields):
            out.append(0x7B)
            for (i, field) in fields.enumerated() {
                if i > 0 { out.append(0x2C) }
                JSONValue.escape(field.key, into: &out)
                out.append(0x3A)
                field.value.write(to: &out)
            }
            out.append(0x7D)
        }
    }

    /// Whole numbers without a fraction (`3000`), others in Swift's shortest exact form.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// A JSON string literal. Besides what JSON requires, `<`, `>`, `&`, U+2028 and U+2029
    /// are written as `\u` escapes: the text then cannot close a `<script>` element, open
    /// a comment in it, or break a JavaScript line, and it still parses to the same value.
    static func escape<Output: ByteOutput>(_ text: String, into out: inout Output) {
        out.append(0x22)
        // Scanned as contiguous bytes; runs that need no escape are copied whole.
        text.withBytes { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                if index + 8 <= utf8.count, !ByteScan.mayNeedJSONEscape(ByteScan.word(utf8, at: index)) {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                guard mayNeedEscape(byte) else {
                    index += 1
                    continue
                }
                var length = 1
                let escape: StaticString
                switch byte {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0xE2:
                    // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; other scalars after E2 are kept.
                    guard index + 2 < utf8.count, utf8[index + 1] == 0x80,
                          utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 else {
                        index += 1
                        continue
                    }
                    escape = utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    length = 3
                default: escape = ""
                }
                out.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                if escape.utf8CodeUnitCount > 0 {
                    out.append(UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                } else {
                    // `<`, `>`, `&`, the other control characters and DEL: `\u00XX`.
                    for digit in [0x5C, 0x75, 0x30, 0x30, hexDigit(byte >> 4), hexDigit(byte & 0xF)] { out.append(digit) }
                }
                index += length
                runStart = index
            }
            out.append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        out.append(0x22)
    }

    private static func mayNeedEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26
            || byte == 0x7F || byte == 0xE2
    }

    /// Lower-case, as `String(_:radix:)` writes it.
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x61 + value - 10
    }
}
