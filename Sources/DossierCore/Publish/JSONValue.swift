/// A JSON value written by hand, so the output is deterministic (keys sorted, numbers in
/// one form) and safe to place anywhere: inside `<script>` or a `.js` file, no value can
/// end the element or the script (see `JSONValue.escape`).
indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// An object from pairs whose nil values are left out.
    static func fields(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        var fields: [String: JSONValue] = [:]
        for (key, value) in pairs { if let value { fields[key] = value } }
        return .object(fields)
    }

    /// A string, or nothing (a field left out) for nil.
    static func text(_ text: String?) -> JSONValue? { text.map(JSONValue.string) }
    static func strings(_ texts: [String]) -> JSONValue { .array(texts.map(JSONValue.string)) }

    /// On one line, keys sorted by their UTF-8 bytes.
    var compact: String {
        var out = ""
        write(to: &out)
        return out
    }

    fileprivate func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .number(let value): out += JSONValue.number(value)
        case .string(let text): JSONValue.escape(text, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            // Sorted as pairs: no second look-up of each key.
            let sorted = fields.sorted { $0.key.bytewisePrecedes($1.key) }
            for (i, field) in sorted.enumerated() {
                if i > 0 { out += "," }
                JSONValue.escape(field.key, into: &out)
                out += ":"
                field.value.write(to: &out)
            }
            out += "}"
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
    static func escape(_ text: String, into out: inout String) {
        out += "\""
        // Most text needs no escape at all: copy it whole, and only look at scalars
        // when a byte says one may need it (U+2028 and U+2029 begin with 0xE2).
        var text = text
        // Scanned as contiguous bytes: through `String.UTF8View` the scan was a tenth of
        // the time `graph.json` takes.
        if text.withUTF8({ $0.contains(where: mayNeedEscape) }) {
            for scalar in text.unicodeScalars { escape(scalar, into: &out) }
        } else {
            out += text
        }
        out += "\""
    }

    static func mayNeedEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26
            || byte == 0x7F || byte == 0xE2
    }

    private static func escape(_ scalar: Unicode.Scalar, into out: inout String) {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case "<", ">", "&", "\u{2028}", "\u{2029}", "\u{0}"..."\u{1F}", "\u{7F}":
            out += "\\u" + hex4(scalar.value)
        default: out.unicodeScalars.append(scalar)
        }
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
