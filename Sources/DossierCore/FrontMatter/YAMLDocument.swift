import Yams

/// Front-matter YAML composed into a node tree that keeps every value's position.
/// Positions are turned into file positions by adding the line the YAML starts on.
/// The common shapes go through `FastYAML`; everything else through Yams.
struct YAMLDocument {
    let root: YAMLNode?
    /// Keys given a second time in the same mapping, each reported where it is given
    /// again. That entry is read as if it were not there, so the rest of the front-matter
    /// is still checked; whatever it declared is missing from `root`.
    var duplicates: [Diagnostic] = []

    /// Why a text cannot be composed: the keys given twice before that, and the reason.
    struct Unreadable: Error {
        var problems: [Diagnostic]
    }

    /// Why one attempt to compose stopped: a key given twice (at its second place in
    /// the text, from 1), or anything else, which ends the reading.
    enum Failure: Error {
        case duplicate(key: String, line: Int, column: Int)
        case problem(Diagnostic)
    }

    /// A front-matter with more keys given twice than this is not read on: each one
    /// costs a whole parse.
    static let maximumDuplicates = 20

    /// Composes `yaml`, or returns every diagnostic for why it cannot be read.
    static func compose(_ yaml: String, path: String, firstLine: Int) -> Result<YAMLDocument, Unreadable> {
        var text = yaml
        var duplicates: [Diagnostic] = []
        while true {
            switch composeOnce(text, path: path, firstLine: firstLine) {
            case .success(var document):
                document.duplicates = duplicates
                return .success(document)
            case let .failure(.duplicate(key, line, column)):
                duplicates.append(duplicateKey(key, at: SourceLocation(path: path, line: line + firstLine - 1, column: column)))
                guard duplicates.count < maximumDuplicates else { return .failure(Unreadable(problems: duplicates)) }
                text = blankingEntry(atLine: line, column: column, in: text)
            case let .failure(.problem(problem)):
                return .failure(Unreadable(problems: duplicates + [problem]))
            }
        }
    }

    private static func duplicateKey(_ key: String, at location: SourceLocation) -> Diagnostic {
        .error("duplicate key '\(key)': each field may be given once", at: location)
    }

    private static func composeOnce(_ yaml: String, path: String, firstLine: Int) -> Result<YAMLDocument, Failure> {
        // The fast parser nests by indentation only, and refuses what is indented deeper
        // than `tooDeep` allows; so only what it cannot read needs the depth scan.
        if let root = FastYAML.parse(yaml) { return .success(YAMLDocument(root: root)) }
        if let (line, column) = tooDeep(yaml) {
            return .failure(.problem(.error("front-matter is nested too deeply (more than \(maximumDepth) levels)",
                                            at: SourceLocation(path: path, line: line + firstLine - 1, column: column))))
        }
        if let (line, column) = YAMLAliases.first(in: yaml) {
            return .failure(.problem(.error("aliases (*name) are not allowed in front-matter: write the value out (a text that starts with '*' needs quotes)",
                                            at: SourceLocation(path: path, line: line + firstLine - 1, column: column))))
        }
        return composeWithYams(yaml, path: path, firstLine: firstLine)
    }

    /// The whole of YAML, and libyaml's words for what is wrong. Callers check depth first.
    static func composeWithYams(_ yaml: String, path: String, firstLine: Int) -> Result<YAMLDocument, Failure> {
        do {
            let parser = try Parser(yaml: yaml, resolver: .basic, encoding: .utf8)
            // Converted while the parser lives: Yams holds anchors weakly.
            let root = try withExtendedLifetime(parser) { try parser.singleRoot().map(YAMLNode.init) }
            return .success(YAMLDocument(root: root))
        } catch let error as YamlError {
            return .failure(failure(for: error, yaml: yaml, path: path, firstLine: firstLine))
        } catch {
            return .failure(.problem(.error("front-matter cannot be read: \(error)", at: SourceLocation(path: path, line: firstLine))))
        }
    }

    /// Front-matter never needs deep nesting, and a parser that recurses must not be
    /// handed 5,000 levels of it.
    static let maximumDepth = 64

    /// Where flow brackets or indentation first go deeper than `maximumDepth`, if they do.
    static func tooDeep(_ yaml: String) -> (line: Int, column: Int)? {
        var yaml = yaml
        // Read as contiguous bytes: through `String.UTF8View` this scan cost a quarter
        // as much as parsing the YAML.
        return yaml.withUTF8 { bytes -> (line: Int, column: Int)? in
            var depth = 0, line = 1, column = 0, indent = 0, atLineStart = true
            for byte in bytes {
                column += 1
                switch byte {
                case 10: line += 1; column = 0; indent = 0; atLineStart = true; continue
                case 32 where atLineStart: indent += 1
                case 91, 123: depth += 1
                case 93, 125: depth = max(0, depth - 1)
                default: break
                }
                if byte != 32 { atLineStart = false }
                if depth > maximumDepth || indent > 2 * maximumDepth { return (line, column) }
            }
            return nil
        }
    }

    private static func failure(for error: YamlError, yaml: String, path: String, firstLine: Int) -> Failure {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let while_ = context.map { " \($0.text)" } ?? ""
            // libyaml does not always say that what it stopped at is a tab.
            let isTab = scalar(at: mark, in: yaml) == "\t" && !problem.contains("tab")
            let tab = isTab ? " (a tab: YAML is indented with spaces only)" : ""
            return .problem(.error("front-matter is not valid YAML: \(problem)\(while_)\(tab)", at: at(mark)))
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            guard let place = secondOccurrence(of: key, after: context.mark, in: yaml) else {
                return .problem(duplicateKey(key, at: at(context.mark)))
            }
            return .duplicate(key: key, line: place.line, column: place.column)
        case let .reader(problem, _, _, _):
            return .problem(.error("front-matter cannot be read: \(problem)", at: SourceLocation(path: path, line: firstLine)))
        default:
            return .problem(.error("front-matter cannot be read: \(error)", at: SourceLocation(path: path, line: firstLine)))
        }
    }

    /// The character a mark points at, if the text has one there.
    private static func scalar(at mark: Mark, in yaml: String) -> Unicode.Scalar? {
        let lines = YAMLLines.of(yaml)
        guard mark.line >= 1, mark.line <= lines.count, mark.column >= 1 else { return nil }
        return lines[mark.line - 1].dropFirst(mark.column - 1).first
    }

    /// Yams names the first of two equal keys; the editor has to look at the second: the
    /// next line of the same mapping with the same key, quoted or not, at the same column.
    /// The mapping ends at the first line that starts further left.
    private static func secondOccurrence(of key: String, after first: Mark, in yaml: String) -> (line: Int, column: Int)? {
        let lines = YAMLLines.of(yaml)
        guard first.line >= 1, first.line <= lines.count, first.column >= 1 else { return nil }
        for index in first.line..<lines.count {
            let line = lines[index]
            guard let start = contentColumn(line) else { continue }
            if start < first.column { return nil }
            guard start == first.column else { continue }
            let rest = String(String.UnicodeScalarView(line.dropFirst(first.column - 1)))
            for written in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(written) {
                if rest.dropFirst(written.count).drop(while: { $0 == " " }).hasPrefix(":") { return (index + 1, first.column) }
            }
        }
        return nil
    }

    /// `yaml` with the entry whose key is at `line` and `column` (from 1) blanked out,
    /// together with the lines of its value: those that start further right, and a list
    /// written at the key's own column. Every other line keeps its number.
    static func blankingEntry(atLine line: Int, column: Int, in yaml: String) -> String {
        var lines = YAMLLines.of(yaml)
        guard line >= 1, line <= lines.count else { return yaml }
        let empty = Substring.UnicodeScalarView()
        lines[line - 1] = empty
        for index in line..<lines.count {
            let next = lines[index]
            if let start = contentColumn(next) {
                let rest = next.dropFirst(start - 1)
                let isItem = rest.first == "-" && (rest.count == 1 || rest.dropFirst().first == " ")
                guard start > column || (start == column && isItem) else { break }
            }
            lines[index] = empty
        }
        return lines.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n")
    }

    /// The column (from 1) of a line's first character after its indentation; nil for a
    /// blank line or a comment, which belong to no entry.
    private static func contentColumn(_ line: Substring.UnicodeScalarView) -> Int? {
        let indent = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(indent)
        guard let first = rest.first, first != "#", !rest.allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        return indent + 1
    }
}

extension YAMLNode {
    /// The same tree, from Yams' nodes. Aliases arrive expanded by Yams; the node they
    /// stand for carries its anchor, which the reader refuses.
    init(_ node: Node) {
        let mark = node.mark
        let content: Content
        switch node {
        case .scalar(let scalar):
            content = .scalar(scalar.string, plain: scalar.style == .plain)
        case .mapping(let mapping):
            content = .mapping(mapping.map { (key: YAMLNode($0.key), value: YAMLNode($0.value)) })
        case .sequence(let sequence):
            content = .sequence(sequence.map(YAMLNode.init))
        case .alias:
            content = .scalar("", plain: true)
        }
        var isAnchored = node.anchor != nil
        if case .alias = node { isAnchored = true }
        self.init(content: content, line: mark?.line ?? 1, column: mark?.column ?? 1, isAnchored: isAnchored)
    }
}
