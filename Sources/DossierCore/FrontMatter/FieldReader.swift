import Foundation

/// Reads front-matter values as their fields expect, collecting a diagnostic at the
/// file position of every value that is not what its field takes.
final class FieldReader {
    let path: String
    /// Added to a YAML line to give the file line.
    let lineOffset: Int
    /// The file's first place, which every value's location is moved from.
    private let start: SourceLocation
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, yamlFirstLine: Int) {
        self.path = path
        self.lineOffset = yamlFirstLine - 1
        start = SourceLocation(path: path)
    }

    func location(of node: YAMLNode) -> SourceLocation {
        start.moved(line: node.line + lineOffset, column: node.column)
    }

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(.error(message, at: location))
    }

    func warning(_ message: String, at location: SourceLocation) {
        diagnostics.append(.warning(message, at: location))
    }

    func error(_ message: String, at node: YAMLNode) {
        error(message, at: location(of: node))
    }

    /// A mapping's fields, each known to `allowed`; unknown keys are errors, which name
    /// the closest field or else all of them. `tolerated` keys are reported by the caller.
    func fields(of node: YAMLNode, what: String, allowed: [String], tolerated: [String] = []) -> Fields? {
        guard refuseAnchor(node) else { return nil }
        guard case let .mapping(mapping) = node.content else {
            error("\(what) must be a mapping of fields (key: value), not \(describe(node))", at: node)
            return nil
        }
        var values = FieldValues()
        for (key, value) in mapping {
            guard let name = key.scalar else {
                error("a field name must be plain text", at: key)
                continue
            }
            guard allowed.contains(name) || tolerated.contains(name) else {
                let hint = Suggestion.hint(for: name, among: allowed)
                error("unknown field '\(name)' in \(what)" + (hint.isEmpty ? "; its fields are: " + allowed.joined(separator: ", ") : hint),
                      at: key)
                continue
            }
            values.set(name, key: key, value: value)
        }
        return Fields(reader: self, node: node, what: what, values: values)
    }

    /// Anchors and aliases (`&a`, `*a`) are refused: no front-matter needs them, and
    /// they are how a small file turns into a huge tree.
    func refuseAnchor(_ node: YAMLNode) -> Bool {
        guard !node.isAnchored else {
            error("anchors (&name) are not allowed in front-matter", at: node)
            return false
        }
        return true
    }

    func describe(_ node: YAMLNode) -> String {
        switch node.content {
        case .scalar(let text, _): return "the text '\(text)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        }
    }
}

/// A mapping's fields by name, in a list: a mapping has a handful, and a dictionary
/// of them hashed every name twice (once to store, once to look up).
struct FieldValues {
    struct Entry {
        var name: String
        var key: YAMLNode
        var value: YAMLNode
    }

    private var entries: [Entry] = []

    var count: Int { entries.count }

    subscript(name: String) -> (key: YAMLNode, value: YAMLNode)? {
        for entry in entries where entry.name == name { return (entry.key, entry.value) }
        return nil
    }

    /// The field `name`; given again, the later one counts.
    mutating func set(_ name: String, key: YAMLNode, value: YAMLNode) {
        if let index = entries.firstIndex(where: { $0.name == name }) {
            entries[index] = Entry(name: name, key: key, value: value)
        } else {
            entries.append(Entry(name: name, key: key, value: value))
        }
    }
}

/// The fields of one mapping: typed getters that report what is wrong where it is.
struct Fields {
    let reader: FieldReader
    let node: YAMLNode
    let what: String
    let values: FieldValues

    var location: SourceLocation { reader.location(of: node) }

    /// YAML's plain spellings of null.
    static func isNull(_ text: String) -> Bool {
        switch text {
        case "", "~", "null", "Null", "NULL": true
        default: false
        }
    }

    func has(_ key: String) -> Bool { values[key] != nil }

    /// Text, or nil when absent or empty. `required` fields report their absence.
    func text(_ key: String, required: Bool = false) -> Located<String>? {
        guard let node = values[key]?.value else {
            if required { reader.error("\(what) has no '\(key)'", at: location) }
            return nil
        }
        guard reader.refuseAnchor(node) else { return nil }
        guard case let .scalar(string, plain) = node.content else {
            reader.error("'\(key)' must be text, not \(reader.describe(node))", at: node)
            return nil
        }
        let isNull = plain && Fields.isNull(string)
        let trimmed = string.trimmingWhitespace
        if isNull || trimmed.isEmpty {
            if required { reader.error("'\(key)' is empty", at: reader.location(of: node)) }
            return nil
        }
        return Located(trimmed, at: reader.location(of: node))
    }

    /// An id of some kind (actor, claim, measure, source).
    func id(_ key: String, required: Bool = false) -> Located<String>? {
        guard let value = text(key, required: required) else { return nil }
        return reader.checkID(value, field: key)
    }

    func day(_ key: String, required: Bool = false) -> Located<Day>? {
        guard let value = text(key, required: required) else { return nil }
        guard let day = Day(value.value) else {
            reader.error("'\(key)' must be a date YYYY-MM-DD, not '\(value.value)'\(DateHint.hint(for: value.value))",
                         at: value.location)
            return nil
        }
        return Located(day, at: value.location)
    }

    func asOf(_ key: String) -> Located<AsOf>? {
        guard let value = text(key) else { return nil }
        guard let asOf = AsOf(value.value) else {
            reader.error("'\(key)' must be a date YYYY-MM-DD or a month YYYY-MM, not '\(value.value)'"
                         + DateHint.monthHint(for: value.value), at: value.location)
            return nil
        }
        return Located(asOf, at: value.location)
    }

    func bool(_ key: String) -> Located<Bool>? {
        guard let value = text(key) else { return nil }
        switch value.value {
        case "true": return Located(true, at: value.location)
        case "false": return Located(false, at: value.location)
        default:
            reader.error("'\(key)' must be true or false, not '\(value.value)'", at: value.location)
            return nil
        }
    }

    /// A number written plainly: `3000`, `-2.5`, `1e6`.
    func number(_ key: String) -> Located<Double>? {
        guard let value = text(key) else { return nil }
        let text = value.value
        guard let number = Self.plainNumber(text) else {
            reader.error("'\(key)' must be a number, not '\(text)'\(NumberHint.hint(for: text))", at: value.location)
            return nil
        }
        return Located(number, at: value.location)
    }

    /// `3000`, `-2.5`, `1e6`: digits, a sign, a point and an exponent, and finite.
    static func plainNumber(_ text: some StringProtocol) -> Double? {
        guard text.allSatisfy({ $0.isASCIIDigit || "+-.eE".contains($0) }), let number = Double(text),
              number.isFinite else { return nil }
        return number
    }

    /// One word of a closed vocabulary.
    func choice<Word>(_ key: String, required: Bool = false) -> Located<Word>?
    where Word: RawRepresentable & CaseIterable & Sendable, Word.RawValue == String {
        guard let value = text(key, required: required) else { return nil }
        guard let word = Word(rawValue: value.value) else {
            let known = Word.allCases.map(\.rawValue)
            let hint = Suggestion.hint(for: value.value, among: known)
            reader.error("'\(key)' cannot be '\(value.value)'\(hint); it takes one of: \(known.joined(separator: ", "))",
                         at: value.location)
            return nil
        }
        return Located(word, at: value.location)
    }

    /// The items of a list, or `[]` when the field is absent.
    func list(_ key: String) -> [YAMLNode] {
        guard let node = values[key]?.value else { return [] }
        guard reader.refuseAnchor(node) else { return [] }
        switch node.content {
        case .sequence(let items):
            return items.filter { reader.refuseAnchor($0) }
        case .scalar(let text, plain: true) where ["", "~", "null"].contains(text):
            return []
        default:
            reader.error("'\(key)' must be a list, not \(reader.describe(node))", at: node)
            return []
        }
    }

    /// A list of texts (aliases).
    func texts(_ key: String) -> Located<[String]>? {
        guard let node = values[key]?.value else { return nil }
        let items = list(key).compactMap { reader.scalarText($0, field: key) }
        return Located(items.map(\.value), at: reader.location(of: node))
    }

    /// A list of ids (a judgment's claims).
    func ids(_ key: String) -> [Located<String>] {
        list(key).compactMap { reader.scalarText($0, field: key) }.compactMap { reader.checkID($0, field: key) }
    }
}

extension FieldReader {
    /// A list item that must be text.
    func scalarText(_ node: YAMLNode, field: String) -> Located<String>? {
        guard let text = node.scalar, !text.isEmpty else {
            error("each item of '\(field)' must be text, not \(describe(node))", at: node)
            return nil
        }
        return Located(text, at: location(of: node))
    }

    func checkID(_ value: Located<String>, field: String) -> Located<String>? {
        guard Identifier.isValid(value.value) else {
            error("'\(field)' is not a valid id: '\(value.value)' \(Identifier.problem(with: value.value))", at: value.location)
            return nil
        }
        return value
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks; the same string when
    /// there are none, which is nearly always.
    var trimmingWhitespace: String {
        // ASCII is decided here: looking up Unicode properties for every value's first
        // and last letter cost 6 % of parsing.
        let isSpace: (Unicode.Scalar) -> Bool = { $0.isASCII ? $0 == " " || (0x09...0x0D).contains($0.value) : $0.properties.isWhitespace }
        guard let first = unicodeScalars.first, let last = unicodeScalars.last, isSpace(first) || isSpace(last) else { return self }
        let scalars = unicodeScalars.drop(while: isSpace).reversed().drop(while: isSpace).reversed()
        return String(String.UnicodeScalarView(scalars))
    }
}

extension Array {
    /// `compactMap` into storage of the input's size. `compactMap` appends one by one,
    /// and its doubling leaves up to half of a list's storage empty; a brief's parsed
    /// lists are held until the whole site is linked (a fifth of its memory at the peak).
    func compactMapSized<T>(_ transform: (Element) -> T?) -> [T] {
        var result: [T] = []
        result.reserveCapacity(count)
        for element in self {
            if let value = transform(element) { result.append(value) }
        }
        return result
    }
}
