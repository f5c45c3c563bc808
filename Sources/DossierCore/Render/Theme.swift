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
    /// The site's files in `Templates/` that no page uses, and names its templates look
    /// up that no page gives.
    let warnings: [Diagnostic]

    static let templateExtension = ".mustache"
    static let stylesheetName = "style.css"
    static let searchScriptName = "search.js"

    /// `overrides` maps a file name (`brief.mustache`, `style.css`) to its text.
    /// A template that does not parse, or names a partial or parent that does not exist,
    /// is an error at its line and column in `Templates/`, all of them reported together;
    /// a file of the site's that no page uses, or a name its templates look up that no
    /// page gives, is a warning (`warnings`).
    /// `compiled: false` renders with swift-mustache alone, as tests do to compare.
    static func load(overrides: [String: String], compiled: Bool = true) throws(DossierError) -> Theme {
        let files = builtinTheme.merging(overrides) { _, override in override }
        let templateFiles = files.keys.filter { $0.hasSuffix(templateExtension) }.sorted()
        let sources = templateFiles.map { (name: templateName($0), text: files[$0]!) }
        // swift-mustache reads the templates only when they are not all compiled: it is
        // what renders them then, and what words their errors (a template the compiler
        // does not take whole goes to it). Parsing them twice was a tenth of a rebuild.
        let compiledRenderer = compiled ? compile(sources) : nil
        var problems: [Diagnostic] = []
        var library: MustacheLibrary?
        if compiledRenderer == nil {
            var parsed = MustacheLibrary()
            for file in templateFiles {
                do {
                    parsed.register(try MustacheTemplate(string: files[file]!), named: templateName(file))
                } catch {
                    problems.append(TemplateProblems.parseFailure(error, in: file))
                }
            }
            library = parsed
        }
        let named = templateFiles.map { (file: $0, tags: PartialNames.find(in: files[$0]!)) }
        problems += TemplateProblems.missingPartials(named, templates: Set(sources.map(\.name)))
        let warnings = TemplateProblems.unused(overrides.keys, included: Set(named.flatMap { $0.tags.map(\.name) }))
            + TemplateProblems.unknownNames(overrides)
        if !problems.isEmpty { throw .contentHasErrors(DiagnosticReport(problems + warnings)) }
        let fast = compiledRenderer.map { first in FastRenderer.Pool(first) { compile(sources)! } }
        var digest = ContentDigest()
        for name in files.keys.sorted() {
            digest.add(name)
            digest.add(files[name]!)
        }
        digest.add(fast == nil ? 0 : 1)
        return Theme(library: library, fast: fast, stylesheet: files[stylesheetName] ?? "",
                     searchScript: files[searchScriptName] ?? "", digest: digest, warnings: warnings)
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

    static func templateName(_ file: String) -> String {
        String(file.dropLast(templateExtension.count))
    }
}
