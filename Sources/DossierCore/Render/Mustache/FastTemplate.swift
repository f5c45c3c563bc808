/// A Mustache template compiled for speed. swift-mustache is the reference: this
/// parser follows its algorithm step for step (standalone lines, indentation, parents
/// and blocks), so that both give the same bytes; tests render every page both ways.
/// Tags outside the subset the theme needs (set delimiters, transforms, dynamic
/// names, content types) make `parse` throw `Unsupported`, and the theme then renders
/// with swift-mustache alone. `FastProgram` lays the parsed templates out flat for
/// `FastRenderer` to walk.
struct FastTemplate: Sendable {
    indirect enum Token: Sendable {
        /// Text as it is written out: its UTF-8 bytes, copied whole into each page.
        case literal([UInt8])
        case variable(Name)
        case unescaped(Name)
        case section(Name, FastTemplate)
        case inverted(Name, FastTemplate)
        case partial(String, indentation: String?, inherits: [String: FastTemplate]?)
        case blockExpansion(String, default: FastTemplate, indentation: String)
        case blockDefinition(String, FastTemplate)
    }

    /// A looked-up name: `.` (the current value), `.a.b` (from the current value only)
    /// or `a.b` (the first part searched up the context stack).
    struct Name: Sendable {
        var parts: [String]
        var isCurrent: Bool
        var fromTop: Bool

        init(_ text: String) {
            isCurrent = text == "."
            fromTop = text.first == "."
            parts = text.split(separator: ".").map(String.init)
        }
    }

    struct Unsupported: Error {}

    var tokens: [Token]

    static func parse(_ text: String) throws -> FastTemplate {
        var scanner = Scanner(Array(text))
        return try parse(&scanner, state: State())
    }

    private struct State {
        var sectionName: String?
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var partialDefinitionIndent: String?

        func withSection(_ name: String, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func withInheritance(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private static func parse(_ scanner: inout Scanner, state initial: State) throws -> FastTemplate {
        var tokens: [Token] = []
        var state = initial
        var whiteSpaceBefore = ""
        while !scanner.atEnd {
            if state.newLine {
                let whiteSpace = scanner.read { $0 == " " || $0 == "\t" }
                if state.isPartialDefinition && !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = String(whiteSpace.dropFirst(indent.count))
                    } else {
                        state.partialDefinitionIndent = whiteSpace
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = scanner.readUntilTagOrNewline()
            if let newline = scanner.current, newline.isNewline {
                tokens.append(.literal(Array((whiteSpaceBefore + text + String(newline)).utf8)))
                state.newLine = true
                scanner.advance()
                continue
            }
            if !text.isEmpty {
                tokens.append(.literal(Array((whiteSpaceBefore + text).utf8)))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            guard let sigil = scanner.current else { break }
            var setNewLine = false
            func flushWhiteSpace() {
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.literal(Array(whiteSpaceBefore.utf8)))
                    whiteSpaceBefore = ""
                }
            }
            switch sigil {
            case "#", "^":
                scanner.advance()
                let name = try scanner.readName()
                if scanner.isStandalone(state.newLine) { setNewLine = true } else { flushWhiteSpace() }
                let inner = try parse(&scanner, state: state.withSection(name, newLine: setNewLine))
                tokens.append(sigil == "#" ? .section(Name(name), inner) : .inverted(Name(name), inner))
            case "/":
                scanner.advance()
                let name = try scanner.readName()
                guard name == state.sectionName else { throw Unsupported() }
                if !scanner.isStandalone(state.newLine) { flushWhiteSpace() }
                return FastTemplate(tokens: tokens)
            case "!":
                scanner.advance()
                try scanner.skipComment()
                setNewLine = scanner.isStandalone(state.newLine)
            case "{":
                flushWhiteSpace()
                scanner.advance()
                let name = try scanner.readName()
                guard scanner.current == "}" else { throw Unsupported() }
                scanner.advance()
                tokens.append(.unescaped(Name(name)))
            case "&":
                flushWhiteSpace()
                scanner.advance()
                tokens.append(.unescaped(Name(try scanner.readName())))
            case ">":
                scanner.advance()
                let name = try scanner.readPartialName()
                if !whiteSpaceBefore.isEmpty { tokens.append(.literal(Array(whiteSpaceBefore.utf8))) }
                if scanner.isStandalone(state.newLine) {
                    setNewLine = true
                    tokens.append(.partial(name, indentation: whiteSpaceBefore, inherits: nil))
                } else {
                    tokens.append(.partial(name, indentation: nil, inherits: nil))
                }
                whiteSpaceBefore = ""
            case "<":
                scanner.advance()
                let name = try scanner.readPartialName()
                if !whiteSpaceBefore.isEmpty { tokens.append(.literal(Array(whiteSpaceBefore.utf8))) }
                if scanner.isStandalone(state.newLine) { setNewLine = true }
                let inner = try parse(&scanner, state: state.withInheritance(name))
                var inherits: [String: FastTemplate] = [:]
                for token in inner.tokens {
                    switch token {
                    case let .blockDefinition(block, template): inherits[block] = template
                    case .literal: break
                    default: throw Unsupported()
                    }
                }
                tokens.append(.partial(name, indentation: whiteSpaceBefore, inherits: inherits))
                whiteSpaceBefore = ""
            case "$":
                scanner.advance()
                let name = try scanner.readName()
                if state.isPartialDefinitionTopLevel {
                    if scanner.isStandalone(state.newLine) { setNewLine = true }
                    tokens.append(.blockDefinition(name, try parse(&scanner, state: state.withSection(name, newLine: setNewLine))))
                } else {
                    if !whiteSpaceBefore.isEmpty { tokens.append(.literal(Array(whiteSpaceBefore.utf8))) }
                    if scanner.isStandalone(state.newLine) { setNewLine = true }
                    let inner = try parse(&scanner, state: state.withSection(name, newLine: setNewLine))
                    tokens.append(.blockExpansion(name, default: inner, indentation: whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
            case "=", "%":
                throw Unsupported()
            default:
                flushWhiteSpace()
                tokens.append(.variable(Name(try scanner.readName())))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Unsupported() }
        return FastTemplate(tokens: tokens)
    }
}

/// Reads template text character by character, as swift-mustache's parser does.
private struct Scanner {
    let characters: [Character]
    var index = 0

    init(_ characters: [Character]) { self.characters = characters }

    var atEnd: Bool { index >= characters.count }
    var current: Character? { atEnd ? nil : characters[index] }
    mutating func advance() { index += 1 }

    mutating func read(while predicate: (Character) -> Bool) -> String {
        let start = index
        while let c = current, predicate(c) { advance() }
        return String(characters[start..<index])
    }

    /// Text up to a line break (`\n` or `\r\n`) or an opening `{{` (which is consumed).
    mutating func readUntilTagOrNewline() -> String {
        var text = ""
        while let c = current {
            if c == "\n" || c == "\r\n" { break }
            if c == "{" && index + 1 < characters.count && characters[index + 1] == "{" {
                index += 2
                break
            }
            text.append(c)
            advance()
        }
        return text
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")

    /// A name and its closing `}}`. Transforms (`f(x)`) are not in the subset.
    mutating func readName() throws -> String {
        _ = read { $0.isWhitespace }
        let name = read { Self.nameCharacters.contains($0) }
        _ = read { $0.isWhitespace }
        guard current != "(", try readClose() else { throw FastTemplate.Unsupported() }
        return name
    }

    mutating func readPartialName() throws -> String {
        _ = read { $0.isWhitespace }
        guard current != "*" else { throw FastTemplate.Unsupported() }
        let name = read { Self.nameCharacters.contains($0) || $0 == "/" }
        _ = read { $0.isWhitespace }
        guard try readClose() else { throw FastTemplate.Unsupported() }
        return name
    }

    private mutating func readClose() throws -> Bool {
        guard index + 1 < characters.count, characters[index] == "}", characters[index + 1] == "}" else { return false }
        index += 2
        return true
    }

    mutating func skipComment() throws {
        while index + 1 < characters.count {
            if characters[index] == "}" && characters[index + 1] == "}" {
                index += 2
                return
            }
            advance()
        }
        throw FastTemplate.Unsupported()
    }

    /// On a line of its own: only spaces or tabs follow up to the newline, which is consumed.
    mutating func isStandalone(_ onNewLine: Bool) -> Bool {
        guard onNewLine else { return false }
        if atEnd { return true }
        var probe = index
        while probe < characters.count, characters[probe] == " " || characters[probe] == "\t" { probe += 1 }
        if probe < characters.count, characters[probe].isNewline {
            index = probe + 1
            return true
        }
        return false
    }
}
