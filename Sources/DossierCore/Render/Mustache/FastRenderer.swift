import Synchronization

/// Renders `FastTemplate`s over a `TemplateValue` tree into UTF-8 bytes, following
/// swift-mustache's rendering rules (context stack, sections, inverted sections,
/// partials with indentation, parents and blocks, HTML escaping) without its dynamic
/// casts.
///
/// The templates are laid out as one flat program (`FastProgram`): a list of plain
/// operations that refer to their text, names and nested templates by number. Walking
/// it keeps and lets go of no reference: walking a tree of tokens did so for each token
/// and each of its parts, tens of thousands of times a page.
struct FastRenderer: Sendable {
    private let program: FastProgram
    private let indices: [String: Int]

    init(templates: [String: FastTemplate]) {
        let names = templates.keys.sorted()
        indices = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        program = FastProgram(names.map { templates[$0]! }, partials: indices)
    }

    func render(_ name: String, _ value: TemplateValue) -> [UInt8]? {
        guard let index = indices[name] else { return nil }
        let output = ByteBuffer(capacity: 32_768)
        withUnsafePointer(to: value) { root in
            var context = Context(stack: [root])
            program.operations.withUnsafeBufferPointer { operations in
                program.literals.withUnsafeBufferPointer { literals in
                    let walk = Walk(program: program, operations: operations, literals: literals)
                    walk.render(program.templates[index], &context, into: output)
                }
            }
        }
        return output.bytes
    }

    /// The context stack and what partials add to it. Rendering pushes and pops in
    /// place, so that a section over a list costs no copy per item.
    ///
    /// The stack holds where each value is, not the value: every value lives in the
    /// tree being rendered, which outlives the walk, and a copy of a value is a count
    /// kept and let go (a fifth of rendering went on those).
    struct Context {
        var stack: [UnsafePointer<TemplateValue>]
        var indentation: String?
        var inherited: [String: Range<Int>]?

        mutating func push(_ value: UnsafePointer<TemplateValue>) { stack.append(value) }
        mutating func pop() { stack.removeLast() }
    }

    /// One page's walk over the program, its lists read in place.
    private struct Walk {
        let program: FastProgram
        let operations: UnsafeBufferPointer<FastProgram.Operation>
        let literals: UnsafeBufferPointer<UInt8>

        func render(_ range: Range<Int>, _ context: inout Context, into output: ByteBuffer) {
            var index = range.lowerBound
            guard let indentation = context.indentation, !indentation.isEmpty else {
                while index < range.upperBound { index = render(at: index, &context, into: output) }
                return
            }
            // As swift-mustache does: indent an operation's output when this template's
            // own output so far ends a line.
            let start = output.count
            while index < range.upperBound {
                let pieceStart = output.count
                index = render(at: index, &context, into: output)
                if output.count > pieceStart && pieceStart > start && output[pieceStart - 1] == 10 {
                    output.insert(indentation, at: pieceStart)
                }
            }
        }

        /// Renders the operation at `index`; returns the index of the next one.
        private func render(at index: Int, _ context: inout Context, into output: ByteBuffer) -> Int {
            switch operations[index] {
            case let .literal(start, count):
                output.append(UnsafeBufferPointer(rebasing: literals[Int(start)..<Int(start + count)]))
            case .variable(let name):
                if let value = lookup(name, context) { value.pointee.appendText(to: output, escaped: true) }
            case .unescaped(let name):
                if let value = lookup(name, context) { value.pointee.appendText(to: output, escaped: false) }
            case let .section(name, end):
                let inner = index + 1..<Int(end)
                guard let value = lookup(name, context) else { return Int(end) }
                switch value.pointee {
                case .array(let box):
                    box.values.withUnsafeBufferPointer { items in
                        for item in items.indices { render(inner, pushing: items.baseAddress! + item, &context, into: output) }
                    }
                case .flag(let flag):
                    if flag { render(inner, &context, into: output) }
                default:
                    render(inner, pushing: value, &context, into: output)
                }
                return Int(end)
            case let .inverted(name, end):
                let inner = index + 1..<Int(end)
                guard let value = lookup(name, context) else {
                    render(inner, &context, into: output)
                    return Int(end)
                }
                switch value.pointee {
                case .array(let box) where box.values.isEmpty:
                    render(inner, pushing: value, &context, into: output)
                case .flag(let flag):
                    if !flag { render(inner, &context, into: output) }
                default:
                    break
                }
                return Int(end)
            case let .blockExpansion(name, end, indentation):
                let fallback = index + 1..<Int(end)
                render(context.inherited?[program.texts[Int(name)]] ?? fallback, indented: program.texts[Int(indentation)],
                       inheriting: nil, &context, into: output)
                return Int(end)
            case let .partial(template, indentation, inherits):
                if template >= 0 {
                    render(program.templates[Int(template)], indented: indentation < 0 ? nil : program.texts[Int(indentation)],
                           inheriting: inherits < 0 ? nil : program.blockTables[Int(inherits)], &context, into: output)
                }
            case .skip(let end):
                return Int(end)
            }
            return index + 1
        }

        private func render(_ range: Range<Int>, pushing value: UnsafePointer<TemplateValue>, _ context: inout Context,
                            into output: ByteBuffer) {
            context.push(value)
            render(range, &context, into: output)
            context.pop()
        }

        /// A partial or block: more indentation, and the blocks it overrides (the outer
        /// definition of a block wins), for its extent only.
        private func render(_ range: Range<Int>, indented more: String?, inheriting: [String: Range<Int>]?,
                            _ context: inout Context, into output: ByteBuffer) {
            let saved = (context.indentation, context.inherited)
            if let more { context.indentation = (context.indentation ?? "") + more }
            if let inheriting {
                context.inherited = context.inherited.map { $0.merging(inheriting) { outer, _ in outer } } ?? inheriting
            }
            render(range, &context, into: output)
            (context.indentation, context.inherited) = saved
        }

        /// Where the value a name stands for is: looked up in place, no value copied on
        /// the way (each copy is a reference count kept and let go; a list page makes
        /// millions of look-ups).
        private func lookup(_ index: Int32, _ context: Context) -> UnsafePointer<TemplateValue>? {
            let name = program.names[Int(index)]
            let last = context.stack.count - 1
            if name.isCurrent { return context.stack[last] }
            if name.fromTop { return descend(name.parts[...], from: context.stack[last]) }
            guard let first = name.parts.first else { return nil }
            var index = last
            while index >= 0 {
                if let child = TemplateValue.child(first, of: context.stack[index]) {
                    return name.parts.count == 1 ? child : descend(name.parts.dropFirst(), from: child)
                }
                index -= 1
            }
            return nil
        }

        private func descend(_ parts: ArraySlice<String>, from value: UnsafePointer<TemplateValue>) -> UnsafePointer<TemplateValue>? {
            var value = value
            for part in parts {
                guard let child = TemplateValue.child(part, of: value) else { return nil }
                value = child
            }
            return value
        }
    }
}

extension TemplateValue {
    func child(_ name: String) -> TemplateValue? {
        if case .dictionary(let box) = self { return box[name] }
        return nil
    }

    /// Where the field `name` of the object at `value` is, if it is an object with one.
    /// Valid as long as that object is.
    static func child(_ name: String, of value: UnsafePointer<TemplateValue>) -> UnsafePointer<TemplateValue>? {
        guard case .dictionary(let box) = value.pointee else { return nil }
        return box.field(name)
    }

    /// The value as Mustache prints it: text as is, numbers and flags in Swift's words.
    func appendText(to output: ByteBuffer, escaped: Bool) {
        switch self {
        case .text(let value): Self.append(value, to: output, escaped: escaped)
        case .flag(let value): Self.append(String(value), to: output, escaped: escaped)
        case .integer(let value): Self.append(String(value), to: output, escaped: escaped)
        case .real(let value): Self.append(String(describing: value), to: output, escaped: escaped)
        case .dictionary, .array, .empty: return
        }
    }

    private static func append(_ text: String, to output: ByteBuffer, escaped: Bool) {
        guard escaped else {
            output.append(text)
            return
        }
        var output = ByteBuffer.Unretained(output)
        HTML.appendEscaped(text, to: &output)
    }
}

/// The five characters Mustache escapes in HTML.
enum HTML {
    static func appendEscaped(_ text: String, to output: inout some ByteOutput) {
        text.withBytes { bytes in
            // Runs without a special byte are copied whole, and passed over eight bytes
            // at a time: a page is mostly such text. The last few bytes are looked at
            // as the text's last eight, which may overlap bytes already passed.
            var runStart = 0
            var index = 0
            while index < bytes.count {
                if index + 8 <= bytes.count {
                    if !ByteScan.mayNeedHTMLEscape(ByteScan.word(bytes, at: index)) {
                        index += 8
                        continue
                    }
                } else if bytes.count >= 8, !ByteScan.mayNeedHTMLEscape(ByteScan.word(bytes, at: bytes.count - 8)) {
                    break
                }
                let entity: StaticString
                switch bytes[index] {
                case 60: entity = "&lt;"
                case 62: entity = "&gt;"
                case 38: entity = "&amp;"
                case 34: entity = "&quot;"
                case 39: entity = "&#39;"
                default:
                    index += 1
                    continue
                }
                output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                index += 1
                runStart = index
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}

extension FastRenderer {
    /// Renderers for the threads that render pages, each its own compilation of the
    /// same templates. Rendering keeps and lets go of the template's tokens all the
    /// time; with one copy for both cores those counts went back and forth between
    /// them, and that traffic was a fifth of a build.
    final class Pool: Sendable {
        private let idle: Mutex<[FastRenderer]>
        private let make: @Sendable () -> FastRenderer

        init(_ first: FastRenderer, make: @escaping @Sendable () -> FastRenderer) {
            idle = Mutex([first])
            self.make = make
        }

        /// A renderer no other thread is using; give it back when the page is done.
        func take() -> FastRenderer {
            idle.withLock { $0.popLast() } ?? make()
        }

        func give(back renderer: FastRenderer) {
            idle.withLock { $0.append(renderer) }
        }
    }
}
