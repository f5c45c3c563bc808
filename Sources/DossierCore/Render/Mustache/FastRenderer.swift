/// Renders `FastTemplate`s over a `TemplateValue` tree into UTF-8 bytes, following
/// swift-mustache's rendering rules (context stack, sections, inverted sections,
/// partials with indentation, parents and blocks, HTML escaping) without its dynamic
/// casts.
struct FastRenderer: Sendable {
    let templates: [String: FastTemplate]

    func render(_ name: String, _ value: TemplateValue) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(16_384)
        render(template, Context(stack: [value]), into: &output)
        return output
    }

    struct Context {
        var stack: [TemplateValue]
        var indentation: String?
        var inherited: [String: FastTemplate]?

        func with(_ value: TemplateValue) -> Context {
            var context = self
            context.stack.append(value)
            return context
        }

        func indented(_ more: String?, inheriting: [String: FastTemplate]? = nil) -> Context {
            var context = self
            if let more { context.indentation = (indentation ?? "") + more }
            if let inheriting {
                context.inherited = inherited.map { $0.merging(inheriting) { outer, _ in outer } } ?? inheriting
            }
            return context
        }
    }

    private func render(_ template: FastTemplate, _ context: Context, into output: inout [UInt8]) {
        guard let indentation = context.indentation, !indentation.isEmpty else {
            for token in template.tokens { render(token, context, into: &output) }
            return
        }
        // As swift-mustache does: indent a token's output when this template's own
        // output so far ends a line.
        let start = output.count
        for token in template.tokens {
            var piece: [UInt8] = []
            render(token, context, into: &piece)
            if !piece.isEmpty && output.count > start && output.last == 10 { output += indentation.utf8 }
            output += piece
        }
    }

    private func render(_ token: FastTemplate.Token, _ context: Context, into output: inout [UInt8]) {
        switch token {
        case .text(let text):
            output += text.utf8
        case .variable(let name):
            if let value = lookup(name, context) { value.appendText(to: &output, escaped: true) }
        case .unescaped(let name):
            if let value = lookup(name, context) { value.appendText(to: &output, escaped: false) }
        case let .section(name, inner):
            switch lookup(name, context) {
            case .array(let box)?:
                for item in box.values { render(inner, context.with(item), into: &output) }
            case .flag(let flag)?:
                if flag { render(inner, context, into: &output) }
            case let value?:
                render(inner, context.with(value), into: &output)
            case nil:
                break
            }
        case let .inverted(name, inner):
            switch lookup(name, context) {
            case .array(let box)? where box.values.isEmpty:
                render(inner, context.with(.array(box)), into: &output)
            case .flag(let flag)?:
                if !flag { render(inner, context, into: &output) }
            case nil:
                render(inner, context, into: &output)
            default:
                break
            }
        case let .blockExpansion(name, fallback, indentation):
            render(context.inherited?[name] ?? fallback, context.indented(indentation), into: &output)
        case let .partial(name, indentation, inherits):
            if let template = templates[name] {
                render(template, context.indented(indentation, inheriting: inherits), into: &output)
            }
        case .blockDefinition:
            break
        }
    }

    private func lookup(_ name: FastTemplate.Name, _ context: Context) -> TemplateValue? {
        let top = context.stack[context.stack.count - 1]
        if name.isCurrent { return top }
        if name.fromTop { return descend(name.parts[...], from: top) }
        guard let first = name.parts.first else { return nil }
        for value in context.stack.reversed() {
            if let child = value.child(first) { return descend(name.parts.dropFirst(), from: child) }
        }
        return nil
    }

    private func descend(_ parts: ArraySlice<String>, from value: TemplateValue) -> TemplateValue? {
        var value = value
        for part in parts {
            guard let child = value.child(part) else { return nil }
            value = child
        }
        return value
    }
}

extension TemplateValue {
    func child(_ name: String) -> TemplateValue? {
        if case .dictionary(let box) = self { return box.values[name] }
        return nil
    }

    /// The value as Mustache prints it: text as is, numbers and flags in Swift's words.
    func appendText(to output: inout [UInt8], escaped: Bool) {
        let text: String
        switch self {
        case .text(let value): text = value
        case .flag(let value): text = String(value)
        case .integer(let value): text = String(value)
        case .real(let value): text = String(describing: value)
        case .dictionary, .array, .empty: return
        }
        guard escaped else {
            output += text.utf8
            return
        }
        HTML.appendEscaped(text, to: &output)
    }
}

/// The five characters Mustache escapes in HTML.
enum HTML {
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case 60: output += "&lt;".utf8
            case 62: output += "&gt;".utf8
            case 38: output += "&amp;".utf8
            case 34: output += "&quot;".utf8
            case 39: output += "&#39;".utf8
            default: output.append(byte)
            }
        }
    }
}
