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
/// into a dictionary, which was a tenth of the rendering time. A name given twice
/// keeps its last value, as in a dictionary.
///
/// The fields are stored in the object itself, after its header (their count): one
/// allocation per object instead of two (the object and an array), and pages are
/// made of hundreds of thousands of such objects.
final class DictionaryBox: ManagedBuffer<Int, DictionaryBox.Field> {
    /// A struct rather than a tuple: tuples are destroyed through their run-time
    /// layout, element by element, and freeing page trees cost as much as building them.
    struct Field {
        var name: String
        var value: TemplateValue
    }

    /// An object of `count` fields, each given by `field(i)` in order.
    static func make(count: Int, _ field: (Int) -> Field) -> DictionaryBox {
        let box = unsafeDowncast(create(minimumCapacity: count) { _ in 0 }, to: DictionaryBox.self)
        box.withUnsafeMutablePointers { made, fields in
            while made.pointee < count {
                (fields + made.pointee).initialize(to: field(made.pointee))
                made.pointee += 1
            }
        }
        return box
    }

    deinit {
        _ = withUnsafeMutablePointers { count, fields in fields.deinitialize(count: count.pointee) }
    }

    /// The fields, copied out: for Mustache's `Any` tree and for tests.
    var fields: [Field] {
        withUnsafeMutablePointers { count, fields in Array(UnsafeBufferPointer(start: fields, count: count.pointee)) }
    }

    subscript(name: String) -> TemplateValue? {
        field(name)?.pointee
    }

    /// Where the value of the field `name` is stored: in this object, for as long as it lives.
    func field(_ name: String) -> UnsafePointer<TemplateValue>? {
        withUnsafeMutablePointers { count, fields in
            var index = count.pointee
            while index > 0 {
                index -= 1
                // Names of other lengths are told apart without a call into the
                // string comparison, which most look-ups up the context stack make.
                if fields[index].name.utf8.count == name.utf8.count, fields[index].name == name {
                    return UnsafeRawPointer(fields + index)
                        .advanced(by: MemoryLayout<Field>.offset(of: \Field.value)!)
                        .assumingMemoryBound(to: TemplateValue.self)
                }
            }
            return nil
        }
    }
}

final class ArrayBox {
    /// Made whole, then only read.
    let values: [TemplateValue]

    init(values: [TemplateValue]) { self.values = values }
}

/// What the encoder fills in: objects and lists still growing, made into template
/// values once the whole model is encoded.
private enum Pending {
    case value(TemplateValue)
    case object(PendingObject)
    case list(PendingList)

    var made: TemplateValue {
        switch self {
        case .value(let value): value
        case .object(let object): .dictionary(DictionaryBox.make(count: object.fields.count) { index in
            DictionaryBox.Field(name: object.fields[index].name, value: object.fields[index].value.made)
        })
        case .list(let list): .array(ArrayBox(values: list.values.map(\.made)))
        }
    }
}

private final class PendingObject {
    var fields: [(name: String, value: Pending)] = []
}

private final class PendingList {
    var values: [Pending] = []
}

private final class TreeEncoder: Encoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var pending = Pending.value(.empty)
    var value: TemplateValue { pending.made }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let object) = pending { return KeyedEncodingContainer(KeyedContainer<Key>(object: object)) }
        let object = PendingObject()
        pending = .object(object)
        return KeyedEncodingContainer(KeyedContainer<Key>(object: object))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .list(let list) = pending { return UnkeyedContainer(list: list) }
        let list = PendingList()
        pending = .list(list)
        return UnkeyedContainer(list: list)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(encoder: self) }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: PendingObject
    var codingPath: [any CodingKey] { [] }

    private func set(_ value: Pending, _ key: Key) { object.fields.append((key.stringValue, value)) }

    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode(_ value: String, forKey key: Key) throws { set(.value(.text(value)), key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.value(.flag(value)), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(.value(.integer(value)), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(.value(.real(value)), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        set(.value(try TemplateValue(value)), key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey> {
        let nested = PendingObject()
        set(.object(nested), key)
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = PendingList()
        set(.list(nested), key)
        return UnkeyedContainer(list: nested)
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { TreeEncoder() }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let list: PendingList
    var codingPath: [any CodingKey] { [] }
    var count: Int { list.values.count }

    mutating func encodeNil() throws {}
    mutating func encode(_ value: String) throws { list.values.append(.value(.text(value))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        list.values.append(.value(try TemplateValue(value)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = PendingObject()
        list.values.append(.object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(object: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = PendingList()
        list.values.append(.list(nested))
        return UnkeyedContainer(list: nested)
    }

    mutating func superEncoder() -> any Encoder { TreeEncoder() }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws {}

    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.pending = .value(try TemplateValue(value))
    }
}
