/// Turns one file's text into a parsed brief, profile or settings: front-matter split
/// off and read field by field, body references found on cmark's tree.
enum FileParser {
    static func brief(_ file: SourceFile) -> Parsed<ParsedBrief> {
        let slug = slug(of: file.path)
        var problems: [Diagnostic] = []
        if !Identifier.isValid(slug) {
            problems.append(.error("the file name '\(slug)' is not a valid slug: it \(Identifier.problem(with: slug))",
                                   at: SourceLocation(path: file.path)))
        }
        return document(file, problems: problems, empty: BriefFrontMatter(), read: { $0.brief($1) }) { front, body, references in
            ParsedBrief(path: file.path, slug: slug, front: front, body: body, references: references,
                        record: .brief(path: file.path, slug: slug, text: file.text, front: front, references: references))
        }
    }

    static func profile(_ file: SourceFile) -> Parsed<ParsedProfile> {
        let id = slug(of: file.path)
        guard Identifier.isValid(id) else {
            let problem = Diagnostic.error("the file name '\(id)' is not a valid actor id: it \(Identifier.problem(with: id))",
                                           at: SourceLocation(path: file.path))
            return Parsed(value: nil, diagnostics: [problem])
        }
        return document(file, problems: [], empty: ActorIdentity(), read: { $0.profile($1) }) { identity, bio, references in
            ParsedProfile(path: file.path, id: id, identity: identity, bio: bio, references: references,
                          record: .profile(path: file.path, id: id, text: file.text, identity: identity, references: references))
        }
    }

    /// A Markdown file with front-matter: split, the YAML composed and read by `read`
    /// (`empty` when it cannot be composed), the body's references found, and the three
    /// put together by `make`.
    private static func document<Front, Value>(
        _ file: SourceFile, problems: [Diagnostic], empty: Front,
        read: (FieldReader, YAMLNode?) -> Front,
        make: (Front, Body, [Reference]) -> Value
    ) -> Parsed<Value> {
        var diagnostics = problems
        guard let split = split(file, into: &diagnostics) else { return Parsed(value: nil, diagnostics: diagnostics, isComplete: false) }
        let reader = FieldReader(path: file.path, yamlFirstLine: split.yamlFirstLine)
        var front = empty
        var complete = true
        switch YAMLDocument.compose(split.yaml, path: file.path, firstLine: split.yamlFirstLine) {
        case .success(let document):
            front = read(reader, document.root)
            diagnostics += document.duplicates
            // What an entry left out declared is unknown, as with a file that cannot be read.
            complete = document.duplicates.isEmpty
        case .failure(let unreadable):
            diagnostics += unreadable.problems
            complete = false
        }
        let body = Body(markdown: split.body, firstLine: split.bodyFirstLine, path: file.path)
        let (references, linkProblems) = ReferenceScanner.scan(body)
        let value = make(front, release(body, of: file), references)
        return Parsed(value: value, diagnostics: diagnostics + reader.diagnostics + linkProblems, isComplete: complete)
    }

    static func settings(_ file: SourceFile) -> Parsed<SiteSettings> {
        switch YAMLDocument.compose(file.text, path: file.path, firstLine: 1) {
        case .success(let document):
            let reader = FieldReader(path: file.path, yamlFirstLine: 1)
            return Parsed(value: reader.settings(document.root), diagnostics: document.duplicates + reader.diagnostics)
        case .failure(let unreadable):
            return Parsed(value: nil, diagnostics: unreadable.problems)
        }
    }

    /// A body read from disk is read again when rendered, rather than kept.
    private static func release(_ body: Body, of file: SourceFile) -> Body {
        guard let location = file.location else { return body }
        return BodyText.release(body, file: location, fileText: file.text)
    }

    /// `Content/briefs/2024/nk-troops.md` → `nk-troops`.
    static func slug(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    private static func split(_ file: SourceFile, into diagnostics: inout [Diagnostic]) -> FrontMatterSplit? {
        do {
            return try FrontMatterSplit.split(file.text)
        } catch {
            let start = SourceLocation(path: file.path)
            switch error {
            case .empty:
                diagnostics.append(.error("the file is empty: a brief starts with front-matter between two '---' lines", at: start))
            case .noOpeningFence:
                diagnostics.append(.error("no front-matter: the first line must be '---'", at: start))
            case .unterminated:
                diagnostics.append(.error("the front-matter is not closed: no line '---' after the first", at: start))
            }
            return nil
        }
    }
}
