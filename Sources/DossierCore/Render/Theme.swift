import Mustache

/// The templates a site is rendered with: the built-in ones (`BuiltinTheme.swift`,
/// generated from `Templates/`), overridden by file name by the site's own templates.
/// Loading checks that every template parses and that every partial or parent it names
/// exists, so a missing template is an error, never an empty page.
struct Theme: Sendable {
    /// swift-mustache's reading of the templates, made only when they are not compiled.
    private let library: MustacheLibrary?
    /// The same templates compiled for speed, when they all stay within its subset.
    private let fast: FastRenderer.Pool?
    /// `style.css`, written to `assets/style.css`.
    let stylesheet: String
    /// `search.js`, written to `assets/search.js`: the search page's script.
    let searchScript: String
    /// The digest of every file of the theme, overrides included: part of every page's key.
    let digest: ContentDigest

    static let templateExtension = ".mustache"
    static let stylesheetName = "style.css"
    static let searchScriptName = "search.js"

    /// `overrides` maps a file name (`brief.mustache`, `style.css`) to its text.
    /// Files that are neither templates, the stylesheet nor the search script are ignored.
    /// `compiled: false` renders with swift-mustache alone, as tests do to compare.
    static func load(overrides: [String: String], compiled: Bool = true) throws(DossierError) -> Theme {
        let files = builtinTheme.merging(overrides) { _, override in override }
        let templateFiles = files.keys.filter { $0.hasSuffix(templateExtension) }.sorted()
        let sources = templateFiles.map { (name: templateName($0), text: files[$0]!) }
        // swift-mustache reads the templates only when they are not all compiled: it is
        // what renders them then, and what words their errors (a template the compiler
        // does not take whole goes to it). Parsing them twice was a tenth of a rebuild.
        let compiledRenderer = compiled ? compile(sources) : nil
        var library: MustacheLibrary?
        if compiledRenderer == nil {
            var parsed = MustacheLibrary()
            for file in templateFiles {
                do {
                    parsed.register(try MustacheTemplate(string: files[file]!), named: templateName(file))
                } catch {
                    throw .template(name: file, reason: parseFailure(error))
                }
            }
            library = parsed
        }
        let names = Set(sources.map(\.name))
        for file in templateFiles {
            for partial in PartialNames.find(in: files[file]!) where !names.contains(partial) {
                throw .template(name: file, reason: "uses the partial '\(partial)', but there is no template \(partial)\(templateExtension)")
            }
        }
        let fast = compiledRenderer.map { first in FastRenderer.Pool(first) { compile(sources)! } }
        var digest = ContentDigest()
        for name in files.keys.sorted() {
            digest.add(name)
            digest.add(files[name]!)
        }
        digest.add(fast == nil ? 0 : 1)
        return Theme(library: library, fast: fast, stylesheet: files[stylesheetName] ?? "",
                     searchScript: files[searchScriptName] ?? "", digest: digest)
    }

    /// All templates compiled, or nil when one uses a feature outside the fast subset.
    private static func compile(_ templates: [(name: String, text: String)]) -> FastRenderer? {
        var compiled: [String: FastTemplate] = [:]
        for template in templates {
            guard let fast = try? FastTemplate.parse(template.text) else { return nil }
            compiled[template.name] = fast
        }
        return FastRenderer(templates: compiled)
    }

    /// True when pages go through the compiled templates.
    var isCompiled: Bool { fast != nil }

    /// Renders the template `name` (without `.mustache`) with a view model.
    func render(_ name: String, _ model: any Encodable) throws(DossierError) -> [UInt8] {
        let tree: TemplateValue
        do {
            if let model = model as? any TemplateRepresentable {
                tree = model.templateValue
            } else {
                tree = try TemplateEncoder.encode(model)
            }
        } catch {
            throw .template(name: name + Theme.templateExtension, reason: "its view model cannot be encoded: \(error)")
        }
        if let fast {
            let renderer = fast.take()
            defer { fast.give(back: renderer) }
            guard let bytes = renderer.render(name, tree) else { throw .template(name: name + Theme.templateExtension, reason: "no such template") }
            return bytes
        }
        guard let library, let text = library.render(tree.plain, withTemplate: name) else {
            throw .template(name: name + Theme.templateExtension, reason: "no such template")
        }
        return Array(text.utf8)
    }

    private static func templateName(_ file: String) -> String {
        String(file.dropLast(templateExtension.count))
    }

    private static func parseFailure(_ error: any Error) -> String {
        guard let failure = error as? MustacheTemplate.ParserError else { return "cannot be parsed: \(error)" }
        let context = failure.context
        return "line \(context.lineNumber), column \(context.columnNumber): \(failure.error) in '\(context.line)'"
    }
}

/// The partials and parents a template names: `{{> name}}` and `{{< name}}`.
/// Dynamic names (`{{>*name}}`) cannot be checked before rendering and are skipped;
/// a template that changes its delimiters is scanned with the default ones only.
enum PartialNames {
    /// Tags are found among the bytes: `range(of:)` on the text took some 850,000
    /// instructions a template, on every build.
    static func find(in template: String) -> [String] {
        var names: [String] = []
        let bytes = Array(template.utf8)
        var rest = 0
        while let open = pair(UInt8(ascii: "{"), in: bytes, from: rest) {
            guard let close = pair(UInt8(ascii: "}"), in: bytes, from: open + 2) else { break }
            let tag = Substring(decoding: bytes[(open + 2)..<close], as: UTF8.self).trimmingWhitespace()
            rest = close + 2
            guard let sigil = tag.first, sigil == ">" || sigil == "<" else { continue }
            let name = tag.dropFirst().trimmingWhitespace()
            if !name.isEmpty, !name.hasPrefix("*"), !names.contains(String(name)) { names.append(String(name)) }
        }
        return names
    }

    /// Where `byte` first appears twice in a row at or after `start`.
    private static func pair(_ byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == byte, bytes[index + 1] == byte { return index }
            index += 1
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> Substring {
        var text = self
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return text
    }
}
