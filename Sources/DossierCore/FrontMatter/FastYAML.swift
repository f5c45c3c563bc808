/// A parser for the YAML that front-matter is made of: block mappings and sequences,
/// plain and quoted one-line scalars, flow lists of scalars, comments. Anything else
/// (anchors, tags, block scalars, flow mappings, values over several lines, duplicate
/// keys, syntax errors) returns nil, and the caller hands the text to Yams, which
/// knows all of YAML and words its errors. Works on UTF-8 bytes, line by line.
struct FastYAML {
    /// Bytes of the text, borrowed for the length of the parse: slices of an array kept
    /// and let go of its buffer at every step, a third of the time parsing took.
    private typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    private struct Line {
        var bytes: Bytes
        /// Leading spaces.
        var indent: Int
        /// Blank or only a comment.
        var isEmpty: Bool
    }

    private let lines: [Line]
    private var index = 0

    private struct Unsupported: Error {}

    /// The root node, `nil` for an empty document, or `.none` when the text needs Yams
    /// or is indented deeper than `maximumIndent` on some line. Blocks nest only by
    /// indentation here, so that bounds how deep the parse recurses.
    static func parse(_ text: String, maximumIndent: Int = 2 * YAMLDocument.maximumDepth) -> YAMLNode?? {
        var text = text
        return text.withUTF8 { utf8 -> YAMLNode?? in
            guard var parser = FastYAML(utf8, maximumIndent: maximumIndent) else { return .none }
            do {
                let root = try parser.document()
                return .some(root)
            } catch {
                return .none
            }
        }
    }

    /// The lines of `utf8`; nil at the first line indented deeper than `maximumIndent`,
    /// without reading further (a hostile text may be megabytes of such lines).
    private init?(_ utf8: UnsafeBufferPointer<UInt8>, maximumIndent: Int) {
        var lines: [Line] = []
        var bytes = utf8[...]
        while !bytes.isEmpty || lines.isEmpty {
            let end = bytes.firstIndex(of: 10) ?? bytes.endIndex
            var line = bytes[bytes.startIndex..<end]
            if line.last == 13 { line = line.dropLast() }
            let indent = line.prefix(maximumIndent + 1).prefix { $0 == 32 }.count
            guard indent <= maximumIndent else { return nil }
            let rest = line.dropFirst(indent)
            lines.append(Line(bytes: line, indent: indent, isEmpty: rest.isEmpty || rest.first == 35))
            bytes = end < bytes.endIndex ? bytes[(end + 1)...] : bytes[bytes.endIndex...]
            if end == bytes.endIndex && bytes.isEmpty { break }
        }
        self.lines = lines
    }

    // MARK: Blocks

    private mutating func document() throws -> YAMLNode? {
        skipEmpty()
        guard index < lines.count else { return nil }
        let line = lines[index]
        guard line.indent == 0 else { throw Unsupported() }
        let node = try block(indent: 0)
        skipEmpty()
        guard index == lines.count else { throw Unsupported() }
        return node
    }

    private mutating func skipEmpty() {
        while index < lines.count && lines[index].isEmpty {
            if lines[index].bytes.contains(9) && !lines[index].bytes.dropFirst(lines[index].indent).starts(with: [35]) {
                return  // a tab on a blank line: let Yams judge
            }
            index += 1
        }
    }

    /// A mapping or a sequence whose entries start at column `indent` of the current line.
    private mutating func block(indent: Int) throws -> YAMLNode {
        let line = lines[index]
        let rest = line.bytes.dropFirst(indent)
        if rest.first == 9 { throw Unsupported() }
        if isItemStart(rest) { return try sequence(indent: indent) }
        return try mapping(indent: indent, firstColumn: indent)
    }

    private func isItemStart(_ rest: Bytes) -> Bool {
        rest.first == 45 && (rest.count == 1 || rest.dropFirst().first == 32)
    }

    /// Entries `key: value` at `indent`; the first may start further right (after `- `).
    private mutating func mapping(indent: Int, firstColumn: Int) throws -> YAMLNode {
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        var keys = SmallSet()
        var column = firstColumn
        let start = (line: index + 1, column: characterColumn(index, firstColumn))
        while index < lines.count {
            let line = lines[index]
            let rest = line.bytes.dropFirst(column)
            guard let colon = keyEnd(rest) else { throw Unsupported() }
            let key = String(decoding: rest[rest.startIndex..<colon], as: UTF8.self)
            guard keys.insert(key) else { throw Unsupported() }
            let keyNode = YAMLNode(content: .scalar(key, plain: true), line: index + 1,
                                   column: characterColumn(index, column))
            let valueStart = colon - line.bytes.startIndex + 1
            pairs.append((keyNode, try value(after: valueStart, parentIndent: indent)))
            skipEmpty()
            guard index < lines.count, lines[index].indent == indent,
                  !isItemStart(lines[index].bytes.dropFirst(indent)) else { break }
            column = indent
        }
        if index < lines.count && lines[index].indent > indent { throw Unsupported() }
        return YAMLNode(content: .mapping(pairs), line: start.line, column: start.column)
    }

    /// `- item` lines at `indent`.
    private mutating func sequence(indent: Int) throws -> YAMLNode {
        var items: [YAMLNode] = []
        let start = (line: index + 1, column: characterColumn(index, indent))
        while index < lines.count {
            let line = lines[index]
            let afterDash = line.bytes.dropFirst(indent + 1)
            let gap = afterDash.prefix { $0 == 32 }.count
            let itemColumn = indent + 1 + gap
            let item = line.bytes.dropFirst(itemColumn)
            if item.isEmpty || item.first == 35 {
                items.append(try value(after: indent + 1, parentIndent: indent))
            } else if isItemStart(item) || item.first == 9 {
                throw Unsupported()
            } else if keyEnd(item) != nil {
                items.append(try mapping(indent: itemColumn, firstColumn: itemColumn))
            } else {
                items.append(try inlineValue(line: index, from: itemColumn))
                index += 1
            }
            skipEmpty()
            guard index < lines.count, lines[index].indent == indent,
                  isItemStart(lines[index].bytes.dropFirst(indent)) else { break }
        }
        if index < lines.count && lines[index].indent > indent { throw Unsupported() }
        return YAMLNode(content: .sequence(items), line: start.line, column: start.column)
    }

    /// The value after a key's colon (or an item's dash) at byte column `column`:
    /// inline text, or a block on the following lines.
    private mutating func value(after column: Int, parentIndent: Int) throws -> YAMLNode {
        let line = lines[index]
        let rest = line.bytes.dropFirst(column)
        let gap = rest.prefix { $0 == 32 }.count
        let text = rest.dropFirst(gap)
        if !text.isEmpty && text.first != 35 {
            guard gap > 0 else { throw Unsupported() }
            let node = try inlineValue(line: index, from: column + gap)
            index += 1
            if index < lines.count, !lines[index].isEmpty, lines[index].indent > parentIndent { throw Unsupported() }
            return node
        }
        if text.first == 35 && gap == 0 { throw Unsupported() }
        let emptyAt = (line: index + 1, column: characterColumn(index, column))
        index += 1
        skipEmpty()
        if index < lines.count {
            let next = lines[index]
            if next.indent > parentIndent { return try block(indent: next.indent) }
            if next.indent == parentIndent && isItemStart(next.bytes.dropFirst(parentIndent)) {
                return try sequence(indent: parentIndent)
            }
        }
        return YAMLNode(content: .scalar("", plain: true), line: emptyAt.line, column: emptyAt.column)
    }

    /// Where `key` ends in `key: value` or `key:`: a plain key of letters, digits, `_`, `-`.
    private func keyEnd(_ rest: Bytes) -> Bytes.Index? {
        var i = rest.startIndex
        guard i < rest.endIndex, isKeyByte(rest[i]), rest[i] != 45 else { return nil }
        while i < rest.endIndex && isKeyByte(rest[i]) { i += 1 }
        guard i < rest.endIndex, rest[i] == 58 else { return nil }
        let after = rest.index(after: i)
        guard after == rest.endIndex || rest[after] == 32 else { return nil }
        return i
    }

    private func isKeyByte(_ b: UInt8) -> Bool {
        (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b == 95 || b == 45
    }

    // MARK: Inline values

    /// A scalar or a flow list starting at byte column `column` of line `line`.
    private func inlineValue(line: Int, from column: Int) throws -> YAMLNode {
        let bytes = lines[line].bytes.dropFirst(column)
        let at = (line: line + 1, column: characterColumn(line, column))
        switch bytes.first {
        case 91:  // [
            return try flowList(bytes, line: line, column: column)
        case 39, 34:  // ' "
            let (text, end) = try quoted(bytes)
            try requireOnlyComment(bytes[end...])
            return YAMLNode(content: .scalar(text, plain: false), line: at.line, column: at.column)
        default:
            let text = try plain(bytes, inFlow: false)
            return YAMLNode(content: .scalar(text, plain: true), line: at.line, column: at.column)
        }
    }

    /// A plain scalar to the end of the line (or, in a flow list, to `,` or `]`),
    /// without a trailing comment and trailing spaces.
    private func plain(_ bytes: Bytes, inFlow: Bool) throws -> String {
        guard let first = bytes.first, !Self.isIndicator(first) else { throw Unsupported() }
        if (first == 45 || first == 63 || first == 58), bytes.count == 1 || bytes.dropFirst().first == 32 {
            throw Unsupported()
        }
        var end = bytes.startIndex
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == 35 && i > bytes.startIndex && (bytes[i - 1] == 32 || bytes[i - 1] == 9) { break }
            if b == 58 && (i + 1 == bytes.endIndex || bytes[i + 1] == 32 || bytes[i + 1] == 9) { throw Unsupported() }
            if inFlow && (b == 44 || b == 91 || b == 93 || b == 123 || b == 125) { break }
            if b != 32 && b != 9 { end = i + 1 }
            i += 1
        }
        if !inFlow && i < bytes.endIndex && bytes[i] != 35 { throw Unsupported() }
        return String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self)
    }

    /// `'…'` or `"…"` on one line: the text and the index just after the closing quote.
    private func quoted(_ bytes: Bytes) throws -> (String, Bytes.Index) {
        let quote = bytes.first!
        var out: [UInt8] = []
        var i = bytes.startIndex + 1
        while i < bytes.endIndex {
            let b = bytes[i]
            if b == quote {
                if quote == 39, i + 1 < bytes.endIndex, bytes[i + 1] == 39 {
                    out.append(39)
                    i += 2
                    continue
                }
                return (String(decoding: out, as: UTF8.self), i + 1)
            }
            if quote == 34 && b == 92 {
                guard i + 1 < bytes.endIndex, let escaped = Self.escaped(bytes[i + 1]) else { throw Unsupported() }
                out.append(escaped)
                i += 2
                continue
            }
            out.append(b)
            i += 1
        }
        throw Unsupported()
    }

    /// The byte `\x` stands for in a double-quoted scalar, for the escapes read here.
    private static func escaped(_ letter: UInt8) -> UInt8? {
        switch letter {
        case 34, 92, 47: letter
        case 110: 10
        case 116: 9
        case 114: 13
        case 48: 0
        default: nil
        }
    }

    /// `[a, "b", c]` of scalars on one line.
    private func flowList(_ bytes: Bytes, line: Int, column: Int) throws -> YAMLNode {
        var items: [YAMLNode] = []
        var i = bytes.startIndex + 1
        func skipSpaces() { while i < bytes.endIndex && bytes[i] == 32 { i += 1 } }
        skipSpaces()
        if i < bytes.endIndex && bytes[i] == 93 {
            try requireOnlyComment(bytes[(i + 1)...])
            return YAMLNode(content: .sequence([]), line: line + 1, column: characterColumn(line, column))
        }
        while true {
            skipSpaces()
            guard i < bytes.endIndex else { throw Unsupported() }
            let itemColumn = characterColumn(line, column + (i - bytes.startIndex))
            if bytes[i] == 39 || bytes[i] == 34 {
                let (text, end) = try quoted(bytes[i...])
                items.append(YAMLNode(content: .scalar(text, plain: false), line: line + 1, column: itemColumn))
                i = end
            } else {
                let start = i
                while i < bytes.endIndex && ![44, 93].contains(bytes[i]) { i += 1 }
                let text = try plain(bytes[start..<i], inFlow: true)
                guard !text.isEmpty else { throw Unsupported() }
                items.append(YAMLNode(content: .scalar(text, plain: true), line: line + 1, column: itemColumn))
            }
            skipSpaces()
            guard i < bytes.endIndex else { throw Unsupported() }
            if bytes[i] == 93 { break }
            guard bytes[i] == 44 else { throw Unsupported() }
            i += 1
        }
        try requireOnlyComment(bytes[(i + 1)...])
        return YAMLNode(content: .sequence(items), line: line + 1, column: characterColumn(line, column))
    }

    private func requireOnlyComment(_ rest: Bytes) throws {
        let trimmed = rest.drop { $0 == 32 || $0 == 9 }
        guard trimmed.isEmpty || (trimmed.first == 35 && trimmed.count < rest.count) else { throw Unsupported() }
    }

    /// `&`, `*`, `!`, `|`, `>`, `%`, `@`, `` ` ``, `{`, `}`, `]`, `,`, `#`: shapes left to Yams.
    private static func isIndicator(_ byte: UInt8) -> Bool {
        switch byte {
        case 38, 42, 33, 124, 62, 37, 64, 96, 123, 125, 93, 44, 35: true
        default: false
        }
    }

    /// The character column (from 1) of byte column `byteColumn` (from 0) on line `line`.
    private func characterColumn(_ line: Int, _ byteColumn: Int) -> Int {
        let bytes = lines[line].bytes.prefix(byteColumn)
        return bytes.reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }
}
