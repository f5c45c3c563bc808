/// Turns one file's text into a parsed brief, profile or settings: front-matter split
/// off and read field by field, body references found on cmark's tree.
enum FileParser {
    static func brief(_ file: SourceFile) -> Parsed<ParsedBrief> {
        var diagnostics: [Diagnostic] = []
        let slug = slug(of: file.path)
        if !Identifier.isValid(slug) {
            diagnostics.append(.error("the file name '\(slug)' is not a valid slug: it \(Identifier.problem(with: slug))",
                                      at: SourceLocation(path: file.path)))
        }
        guard let split = split(file, into: &diagnostics) else { return Parsed(value: nil, diagnostics: diagnostics, isComplete: false) }
        let reader = FieldReader(path: file.path, yamlFirstLine: split.yamlFirstLine)
        var front = BriefFrontMatter()
        var complete = true
        switch YAMLDocument.compose(split.yaml, path: file.path, firstLine: split.yamlFirstLine) {
        case .success(let document): front = reader.brief(document.root)
        case .failure(let problem): diagnostics.append(problem); complete = false
        }
        let body = Body(markdown: split.body, firstLine: split.bodyFirstLine, path: file.path)
        let brief = ParsedBrief(path: file.path, slug: slug, front: front, body: release(body, of: file),
                                references: ReferenceScanner.references(in: body))
        return Parsed(value: brief, diagnostics: diagnostics + reader.diagnostics, isComplete: complete)
    }

    static func profile(_ file: SourceFile) -> Parsed<ParsedProfile> {
        var diagnostics: [Diagnostic] = []
        let id = slug(of: file.path)
        guard Identifier.isValid(id) else {
            let problem = Diagnostic.error("the file name '\(id)' is not a valid actor id: it \(Identifier.problem(with: id))",
                                           at: SourceLocation(path: file.path))
            return Parsed(value: nil, diagnostics: [problem])
        }
        guard let split = split(file, into: &diagnostics) else { return Parsed(value: nil, diagnostics: diagnostics, isComplete: false) }
        let reader = FieldReader(path: file.path, yamlFirstLine: split.yamlFirstLine)
        var identity = ActorIdentity()
        var complete = true
        switch YAMLDocument.compose(split.yaml, path: file.path, firstLine: split.yamlFirstLine) {
        case .success(let document): identity = reader.profile(document.root)
        case .failure(let problem): diagnostics.append(problem); complete = false
        }
        let bio = Body(markdown: split.body, firstLine: split.bodyFirstLine, path: file.path)
        let profile = ParsedProfile(path: file.path, id: id, identity: identity, bio: release(bio, of: file),
                                    references: ReferenceScanner.references(in: bio))
        return Parsed(value: profile, diagnostics: diagnostics + reader.diagnostics, isComplete: complete)
    }

    static func settings(_ file: SourceFile) -> Parsed<SiteSettings> {
        switch YAMLDocument.compose(file.text, path: file.path, firstLine: 1) {
        case .success(let document):
            let reader = FieldReader(path: file.path, yamlFirstLine: 1)
            return Parsed(value: reader.settings(document.root), diagnostics: reader.diagnostics)
        case .failure(let problem):
            return Parsed(value: nil, diagnostics: [problem])
        }
    }

    /// A body read from disk is read again when rendered, rather than kept.
    private static func release(_ body: Body, of file: SourceFile) -> Body {
        guard let url = file.url else { return body }
        return BodyText.release(body, file: url, fileText: file.text)
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
