import Synchronization

/// A place in a site's files: a path relative to the site root, a line and a column,
/// both counted from 1, the column in characters (Unicode scalars).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    // Every parsed value carries a location, so it is 12 bytes with no reference to
    // count: the path as its number in `SourcePaths`, the line and column in 32 bits.
    private var file: UInt32
    private var storedLine: Int32
    private var storedColumn: Int32
    public var path: String {
        get { SourcePaths.shared.path(file) }
        set { file = SourcePaths.shared.number(newValue) }
    }
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(clamping: newValue) }
    }
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(clamping: newValue) }
    }

    public init(path: String, line: Int = 1, column: Int = 1) {
        file = SourcePaths.shared.number(path)
        storedLine = Int32(clamping: line)
        storedColumn = Int32(clamping: column)
    }

    /// Another place in the same file; the path is not looked up again.
    func moved(line: Int, column: Int = 1) -> SourceLocation {
        var location = self
        location.line = line
        location.column = column
        return location
    }

    func isInFile(of other: SourceLocation) -> Bool { file == other.file }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (a: Self, b: Self) -> Bool {
        if a.file == b.file { return (a.line, a.column) < (b.line, b.column) }
        return (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}

/// Every path a location has named in this process, each held once and numbered in the
/// order first met. The numbers never leave the process: what is written or compared
/// is the path. Paths are told apart by their bytes, not as `String`s compare: two files
/// whose names differ only in Unicode normalization are two files, and each location
/// must name its own.
final class SourcePaths: Sendable {
    static let shared = SourcePaths()
    private let table = Mutex<(numbers: [PathBytes: UInt32], paths: [String])>(([:], []))

    /// A path's bytes, hashed whole: an array of bytes hashes them one at a time.
    private struct PathBytes: Hashable {
        let bytes: [UInt8]
        func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
    }

    func number(_ path: String) -> UInt32 {
        let bytes = PathBytes(bytes: Array(path.utf8))
        return table.withLock { table in
            if let number = table.numbers[bytes] { return number }
            let number = UInt32(table.paths.count)
            table.paths.append(path)
            table.numbers[bytes] = number
            return number
        }
    }

    /// Room for `count` paths in all: a site's files are numbered as they are parsed, on
    /// both cores, and growing the table as they came cost a big site's rebuild 5 ms. A
    /// process that builds the same site again asks for no more room.
    func reserveCapacity(_ count: Int) {
        table.withLock { table in
            table.numbers.reserveCapacity(count)
            table.paths.reserveCapacity(count)
        }
    }

    func path(_ number: UInt32) -> String {
        table.withLock { $0.paths[Int(number)] }
    }
}

/// A value together with the place it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}
