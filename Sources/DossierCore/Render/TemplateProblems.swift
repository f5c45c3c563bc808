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

/// The tags of a template, `{{…}}`, found among its bytes with the default delimiters.
enum TemplateTags {
    struct Tag {
        /// What is between the braces, spaces trimmed: `> footer`, `#claims`, `title`.
        let text: Substring
        /// Of the tag's `{{`; the column in Unicode scalars, as every diagnostic's.
        let line: Int, column: Int

        /// `#`, `^`, `/`, `>`, `<`, `$`, `&`, `{`, `!`, `=` or `%`; nil for a variable.
        var sigil: Character? { text.first.flatMap { "#^/><$&{!=%".contains($0) ? $0 : nil } }
        /// The text after the sigil, spaces trimmed.
        var name: Substring { (sigil == nil ? text : text.dropFirst()).trimmingWhitespace() }
    }

    /// Tags are found among the bytes: `range(of:)` on the text took some 850,000
    /// instructions a template, on every build.
    static func scan(_ template: String) -> [Tag] {
        var tags: [Tag] = []
        let bytes = Array(template.utf8)
        var rest = 0, line = 1, lineStart = 0, counted = 0
        while let open = pair(UInt8(ascii: "{"), in: bytes, from: rest) {
            guard let close = pair(UInt8(ascii: "}"), in: bytes, from: open + 2) else { break }
            rest = close + 2
            while counted < open {
                if bytes[counted] == UInt8(ascii: "\n") { line += 1; lineStart = counted + 1 }
                counted += 1
            }
            let column = String(decoding: bytes[lineStart..<open], as: UTF8.self).unicodeScalars.count + 1
            let text = Substring(decoding: bytes[(open + 2)..<close], as: UTF8.self).trimmingWhitespace()
            tags.append(Tag(text: text, line: line, column: column))
        }
        return tags
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

/// The partials and parents a template names: `{{> name}}` and `{{< name}}`, each once,
/// where it is first named. Dynamic names (`{{>*name}}`) cannot be checked before
/// rendering and are skipped; a template that changes its delimiters is scanned with
/// the default ones only.
enum PartialNames {
    struct Tag: Equatable {
        let name: String
        let isParent: Bool
        let line: Int, column: Int
    }

    static func find(in template: String) -> [Tag] {
        var tags: [Tag] = []
        for tag in TemplateTags.scan(template) where tag.sigil == ">" || tag.sigil == "<" {
            let name = String(tag.name)
            guard !name.isEmpty, !name.hasPrefix("*"), !tags.contains(where: { $0.name == name }) else { continue }
            tags.append(Tag(name: name, isParent: tag.sigil == "<", line: tag.line, column: tag.column))
        }
        return tags
    }
}

/// The names a template looks up in the page's fields: `{{name}}`, `{{{name}}}`,
/// `{{&name}}`, `{{#name}}`, `{{^name}}`; each part of a dotted name (`site.title`), and
/// what a transform is given (`count(briefs)`). Each once, where first looked up. None
/// for a template that changes its delimiters, which cannot be read with the default ones.
enum LookedUpNames {
    static func find(in template: String) -> [(name: String, line: Int, column: Int)] {
        let tags = TemplateTags.scan(template)
        if tags.contains(where: { $0.sigil == "=" }) { return [] }
        var found: [(name: String, line: Int, column: Int)] = []
        for tag in tags where [nil, "&", "{", "#", "^"].contains(tag.sigil) {
            var name = tag.name
            if let open = name.lastIndex(of: "("), let close = name[open...].firstIndex(of: ")") {
                name = name[name.index(after: open)..<close]
            }
            for part in name.split(separator: ".") where !found.contains(where: { $0.name == part }) {
                found.append((String(part), tag.line, tag.column))
            }
        }
        return found
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
