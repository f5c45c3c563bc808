/// A theme's compiled templates laid out as one flat list of operations, which
/// `FastRenderer` walks. Each operation is a few numbers: the text it writes is a range
/// of `literals`; a name, an indentation or a block's name is its place in `names` or
/// `texts`; a section's inner template is the operations after it, up to its `end`; a
/// partial is the number of its template. What a template holds but does not run in
/// place (a parent's block definitions) sits behind a `skip`.
struct FastProgram: Sendable {
    enum Operation: Sendable {
        case literal(start: Int32, count: Int32)
        case variable(Int32)
        case unescaped(Int32)
        case section(Int32, end: Int32)
        case inverted(Int32, end: Int32)
        /// `template` -1: there is no such template. `indentation`, `inherits` (a place
        /// in `blockTables`): -1 for none.
        case partial(template: Int32, indentation: Int32, inherits: Int32)
        /// The block's default is the operations after it, up to `end`.
        case blockExpansion(name: Int32, end: Int32, indentation: Int32)
        case skip(end: Int32)
    }

    private(set) var operations: [Operation] = []
    private(set) var literals: [UInt8] = []
    private(set) var names: [FastTemplate.Name] = []
    private(set) var texts: [String] = []
    /// For each parent a template names (`{{<layout}}`), the blocks it overrides.
    private(set) var blockTables: [[String: Range<Int>]] = []
    /// Each template's operations, in the order the templates were given.
    private(set) var templates: [Range<Int>] = []

    /// `partials`: each template's place in `templates`, by name.
    init(_ templates: [FastTemplate], partials: [String: Int]) {
        for template in templates { self.templates.append(lay(template, partials)) }
    }

    private mutating func lay(_ template: FastTemplate, _ partials: [String: Int]) -> Range<Int> {
        let start = operations.count
        for token in template.tokens { lay(token, partials) }
        return start..<operations.count
    }

    private mutating func lay(_ token: FastTemplate.Token, _ partials: [String: Int]) {
        switch token {
        case .literal(let bytes):
            operations.append(.literal(start: Int32(literals.count), count: Int32(bytes.count)))
            literals += bytes
        case .variable(let name):
            operations.append(.variable(add(name)))
        case .unescaped(let name):
            operations.append(.unescaped(add(name)))
        case let .section(name, inner):
            let name = add(name)
            let end = enclose(inner, partials)
            operations[end.at] = .section(name, end: end.end)
        case let .inverted(name, inner):
            let name = add(name)
            let end = enclose(inner, partials)
            operations[end.at] = .inverted(name, end: end.end)
        case let .partial(name, indentation, inherits):
            var table: Int32 = -1
            if let inherits {
                let at = operations.count
                operations.append(.skip(end: 0))
                var blocks: [String: Range<Int>] = [:]
                for block in inherits.keys.sorted() { blocks[block] = lay(inherits[block]!, partials) }
                operations[at] = .skip(end: Int32(operations.count))
                blockTables.append(blocks)
                table = Int32(blockTables.count - 1)
            }
            let indentation = indentation.map { add($0) } ?? -1
            operations.append(.partial(template: Int32(partials[name] ?? -1), indentation: indentation, inherits: table))
        case let .blockExpansion(name, fallback, indentation):
            let (name, indentation) = (add(name), add(indentation))
            let end = enclose(fallback, partials)
            operations[end.at] = .blockExpansion(name: name, end: end.end, indentation: indentation)
        case let .blockDefinition(_, inner):
            let end = enclose(inner, partials)
            operations[end.at] = .skip(end: end.end)
        }
    }

    /// Lays out an operation to be filled in at `at`, then `inner` after it, which ends
    /// before `end`.
    private mutating func enclose(_ inner: FastTemplate, _ partials: [String: Int]) -> (at: Int, end: Int32) {
        let at = operations.count
        operations.append(.skip(end: 0))
        _ = lay(inner, partials)
        return (at, Int32(operations.count))
    }

    private mutating func add(_ name: FastTemplate.Name) -> Int32 {
        names.append(name)
        return Int32(names.count - 1)
    }

    private mutating func add(_ text: String) -> Int32 {
        texts.append(text)
        return Int32(texts.count - 1)
    }
}
