import Mustache

/// What is wrong with a theme's templates, as diagnostics at their line and column in
/// `Templates/`, where a site's own templates are.
enum TemplateProblems {
    static let folder = "Templates/"

    /// A template swift-mustache cannot parse, at the place it stopped.
    static func parseFailure(_ error: any Error, in file: String) -> Diagnostic {
        guard let failure = error as? MustacheTemplate.ParserError else {
            return .error("this template cannot be parsed: \(error)", at: SourceLocation(path: folder + file))
        }
        let context = failure.context
        return .error(describe(failure.error),
                      at: SourceLocation(path: folder + file, line: context.lineNumber, column: context.columnNumber))
    }

    /// swift-mustache's error, in words.
    static func describe(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "this closing tag does not match the section opened last"
        case .unfinishedName: "this tag is not closed: a name ends with '}}'"
        case .expectedSectionEnd: "the template ends inside a section: its closing tag ({{/name}}) is missing"
        case .invalidSetDelimiter: "this tag that sets delimiters is malformed: write it as {{=<% %>=}}"
        case .transformAppliedToInheritanceSection: "a block of a parent cannot take a transform"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            "inside {{< parent}} … {{/parent}} only blocks ({{$name}} … {{/name}}) may be written"
        case .invalidConfigVariableSyntax: "this {{% }} tag is malformed"
        case .unrecognisedConfigVariable: "this {{% }} tag names a setting that does not exist"
        case nil: "the template ends inside a tag"
        }
    }

    /// Each partial or parent named but not among `templates`, at its first tag.
    static func missingPartials(_ named: [(file: String, tags: [PartialNames.Tag])],
                                templates: Set<String>) -> [Diagnostic] {
        named.flatMap { file, tags in
            tags.filter { !templates.contains($0.name) }.map { tag in
                .error("there is no template \(tag.name)\(Theme.templateExtension) for this \(tag.isParent ? "parent" : "partial")"
                       + Suggestion.hint(for: tag.name, among: templates),
                       at: SourceLocation(path: folder + file, line: tag.line, column: tag.column))
            }
        }
    }

    /// Every name a page gives its templates: those the built-in templates look up, those
    /// swift-mustache gives inside a list, and the one field no built-in template shows.
    /// A test checks that every field of every page is among them.
    static let fieldNames: Set<String> = {
        var names: Set<String> = ["first", "last", "index", "even", "odd", "measureID"]
        for (file, text) in builtinTheme where file.hasSuffix(Theme.templateExtension) {
            for found in LookedUpNames.find(in: text) { names.insert(found.name) }
        }
        return names
    }()

    /// Each name the site's own templates look up that no page gives, where first looked
    /// up: it shows nothing, and a misspelling is the usual cause.
    static func unknownNames(_ overrides: [String: String]) -> [Diagnostic] {
        overrides.keys.sorted().filter { $0.hasSuffix(Theme.templateExtension) }.flatMap { file in
            LookedUpNames.find(in: overrides[file]!).filter { !fieldNames.contains($0.name) }.map { found in
                .warning("no page has a field '\(found.name)': it shows nothing\(Suggestion.hint(for: found.name, among: fieldNames))",
                         at: SourceLocation(path: folder + file, line: found.line, column: found.column))
            }
        }
    }

    /// The site's own files that no page uses: a template the theme does not have and
    /// no template includes, or a file that is neither a template, the stylesheet nor
    /// the search script. A misspelt name is the usual cause: "did you mean" says so.
    static func unused(_ overrides: some Collection<String>, included: Set<String>) -> [Diagnostic] {
        overrides.sorted().compactMap { file in
            guard builtinTheme[file] == nil else { return nil }
            let hint = Suggestion.hint(for: file, among: builtinTheme.keys)
            let location = SourceLocation(path: folder + file)
            guard file.hasSuffix(Theme.templateExtension) else {
                return .warning("this file is not used: the theme's files are its .mustache templates, "
                                + "\(Theme.stylesheetName) and \(Theme.searchScriptName)\(hint)", at: location)
            }
            if included.contains(Theme.templateName(file)) { return nil }
            return .warning("no page uses this template: the theme has none of this name and no template includes it\(hint)",
                            at: location)
        }
    }
}
