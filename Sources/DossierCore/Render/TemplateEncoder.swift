import Mustache

/// Turns an `Encodable` view model into the dictionaries and arrays that Mustache reads
/// directly. Left to itself, Mustache looks every name up through `Mirror`, which made
/// rendering ten times slower than all the other stages together. The tree is built
/// from typed values and turned into `Any` once at the end, with no dynamic casts.
///
/// The built-in pages make their trees themselves (`TemplateRepresentable`); this
/// encoding is what those trees are tested against, and what any other model gets.
enum TemplateEncoder {
    static func encode<T: Encodable>(_ value: T) throws -> TemplateValue {
        try TemplateValue(value)
    }
}

/// A value on its way into the template tree.
enum TemplateValue {
    case text(String)
    case flag(Bool)
    case integer(Int)
    case real(Double)
    case dictionary(DictionaryBox)
    case array(ArrayBox)
    case empty

    init<T: Encodable>(_ value: T) throws {
        if T.self == String.self { self = .text(value as! String); return }
        if T.self == Bool.self { self = .flag(value as! Bool); return }
        if T.self == Int.self { self = .integer(value as! Int); return }
        if T.self == Double.self { self = .real(value as! Double); return }
        let encoder = TreeEncoder()
        try value.encode(to: encoder)
        self = encoder.value
    }

    /// What Mustache renders: strings, numbers, flags, `[String: Any]` and `[Any]`.
    var plain: Any {
        switch self {
        case .text(let text): return text
        case .flag(let flag): return flag
        case .integer(let number): return number
        case .real(let number): return number
        case .dictionary(let box):
            var fields: [String: Any] = [:]
            for field in box.fields { fields[field.name] = field.value.plain }
            return TemplateObject(fields)
        case .array(let box): return box.values.map(\.plain) as [Any]
        case .empty: return TemplateObject([:])
        }
    }
}

/// A view model's fields by name. A final class of our own: Mustache asks every value
/// whether it is a `MustacheParent`, and the answer for a class is found faster than
/// for `Dictionary`, whose conformance is conditional.
final class TemplateObject: MustacheParent, @unchecked Sendable {
    private let fields: [String: Any]

    init(_ fields: [String: Any]) { self.fields = fields }

    func child(named name: String) -> Any? { fields[name] }
}

/// A view model's fields in the order they were encoded. A handful of fields, looked
/// up by short names: a linear search over them costs less than hashing the names
/// into a dictionary, which was a tenth of the rendering time. A name encoded twice
/// keeps its last value, as in a dictionary.
final class DictionaryBox {
    /// A struct rather than a tuple: an array of tuples is destroyed through the
    /// tuple's run-time layout, element by element, and freeing page trees cost as
    /// much as building them.
    struct Field {
        var name: String
        var value: TemplateValue
    }

    /// Set only while the tree is built, on one thread; read by every look-up, without
    /// the run-time exclusivity check a class's `var` otherwise costs at each access.
    @exclusivity(unchecked) private(set) var fields: [Field]

    init() {
        fields = []
        fields.reserveCapacity(12)
    }

    /// Fields known in advance: held in an array of exactly their number.
    init(fields: [Field]) { self.fields = fields }

    subscript(name: String) -> TemplateValue? {
        get {
            var index = fields.count
            while index > 0 {
                index -= 1
                // Names of other lengths are told apart without a call into the
                // string comparison, which most look-ups up the context stack make.
                if fields[index].name.utf8.count == name.utf8.count, fields[index].name == name {
                    return fields[index].value
                }
            }
            return nil
        }
        set {
            if let newValue { fields.append(Field(name: name, value: newValue)) }
        }
    }
}

final class ArrayBox {
    /// As `DictionaryBox.fields`: filled while the tree is built, then only read.
    @exclusivity(unchecked) var values: [TemplateValue]

    init(values: [TemplateValue] = []) { self.values = values }
}

private final class TreeEncoder: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var value = TemplateValue.empty

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .dictionary(let box) = value { return KeyedEncodingContainer(KeyedContainer<Key>(box: box)) }
        let box = DictionaryBox()
        value = .dictionary(box)
        return KeyedEncodingContainer(KeyedContainer<Key>(box: box))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array(let box) = value { return UnkeyedContainer(box: box) }
        let box = ArrayBox()
        value = .array(box)
        return UnkeyedContainer(box: box)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: DictionaryBox
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode(_ value: String, forKey key: Key) throws { box[key.stringValue] = .text(value) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { box[key.stringValue] = .flag(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { box[key.stringValue] = .integer(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { box[key.stringValue] = .real(value) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        box[key.stringValue] = try TemplateValue(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey> {
        let nested = DictionaryBox()
        box[key.stringValue] = .dictionary(nested)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = ArrayBox()
        box[key.stringValue] = .array(nested)
        return UnkeyedContainer(box: nested)
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { TreeEncoder() }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let box: ArrayBox
    var codingPath: [any CodingKey] { [] }
    var count: Int { box.values.count }

    mutating func encodeNil() throws {}
    mutating func encode(_ value: String) throws { box.values.append(.text(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        box.values.append(try TemplateValue(value))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = DictionaryBox()
        box.values.append(.dictionary(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = ArrayBox()
        box.values.append(.array(nested))
        return UnkeyedContainer(box: nested)
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder() }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws {}

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.value = try TemplateValue(value)
    }
}
