import Yams

/// Front-matter YAML composed into a node tree that keeps every value's position.
/// Positions are turned into file positions by adding the line the YAML starts on.
/// The common shapes go through `FastYAML`; everything else through Yams.
struct YAMLDocument {
    let root: YAMLNode?

    /// Composes `yaml`, or returns the diagnostic for why it cannot be read.
    static func compose(_ yaml: String, path: String, firstLine: Int) -> Result<YAMLDocument, Diagnostic> {
        // The fast parser nests by indentation only, and refuses what is indented deeper
        // than `tooDeep` allows; so only what it cannot read needs the depth scan.
        if let root = FastYAML.parse(yaml) { return .success(YAMLDocument(root: root)) }
        if let (line, column) = tooDeep(yaml) {
            return .failure(.error("front-matter is nested too deeply (more than \(maximumDepth) levels)",
                                   at: SourceLocation(path: path, line: line + firstLine - 1, column: column)))
        }
        if let (line, column) = YAMLAliases.first(in: yaml) {
            return .failure(.error("aliases (*name) are not allowed in front-matter: write the value out (a text that starts with '*' needs quotes)",
                                   at: SourceLocation(path: path, line: line + firstLine - 1, column: column)))
        }
        return composeWithYams(yaml, path: path, firstLine: firstLine)
    }

    /// The whole of YAML, and libyaml's words for what is wrong. Callers check depth first.
    static func composeWithYams(_ yaml: String, path: String, firstLine: Int) -> Result<YAMLDocument, Diagnostic> {
        do {
            let parser = try Parser(yaml: yaml, resolver: .basic, encoding: .utf8)
            // Converted while the parser lives: Yams holds anchors weakly.
            let root = try withExtendedLifetime(parser) { try parser.singleRoot().map(YAMLNode.init) }
            return .success(YAMLDocument(root: root))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, yaml: yaml, path: path, firstLine: firstLine))
        } catch {
            return .failure(.error("front-matter cannot be read: \(error)", at: SourceLocation(path: path, line: firstLine)))
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

    private static func diagnostic(for error: YamlError, yaml: String, path: String, firstLine: Int) -> Diagnostic {
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
            return .error("front-matter is not valid YAML: \(problem)\(while_)\(tab)", at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let place = secondOccurrence(of: key, after: context.mark, in: yaml)
                ?? (context.mark.line, context.mark.column)
            let location = SourceLocation(path: path, line: place.line + firstLine - 1, column: place.column)
            return .error("duplicate key '\(key)': each field may be given once", at: location)
        case let .reader(problem, _, _, _):
            return .error("front-matter cannot be read: \(problem)", at: SourceLocation(path: path, line: firstLine))
        default:
            return .error("front-matter cannot be read: \(error)", at: SourceLocation(path: path, line: firstLine))
        }
    }

    /// The character a mark points at, if the text has one there.
    private static func scalar(at mark: Mark, in yaml: String) -> Unicode.Scalar? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count, mark.column >= 1 else { return nil }
        return lines[mark.line - 1].unicodeScalars.dropFirst(mark.column - 1).first
    }

    /// Yams names the first of two equal keys; the editor has to look at the second,
    /// which is the next line at the same column that starts with the same key.
    private static func secondOccurrence(of key: String, after first: Mark, in yaml: String) -> (line: Int, column: Int)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line <= lines.count else { return nil }
        for index in first.line..<lines.count {
            let line = lines[index].unicodeScalars
            guard line.count >= first.column else { continue }
            let rest = String(String.UnicodeScalarView(line.dropFirst(first.column - 1)))
            let indent = line.prefix(first.column - 1).allSatisfy { $0 == " " || $0 == "-" }
            if indent, rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":") {
                return (index + 1, first.column)
            }
        }
        return nil
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
