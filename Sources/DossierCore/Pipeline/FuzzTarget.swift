import Foundation

/// Entry points for the libFuzzer targets in `Fuzz/` (see docs/fuzzing.md). Each takes
/// arbitrary bytes, runs them through the pipeline as far as they go, and stops the
/// process (`preconditionFailure`) when an invariant breaks: a diagnostic without a
/// position, or a page that lets markup or a dangerous link through.
public enum FuzzTarget {
    /// The bytes as a whole brief file (front-matter and body) beside a valid brief and
    /// profile: decoded, split, composed, read field by field, linked into the graph,
    /// and rendered when the graph links.
    public static func frontMatter(_ bytes: UnsafeRawBufferPointer) {
        let path = "Content/briefs/fuzz.md"
        switch SiteFolder.decode(Data(bytes), path: path) {
        case .failure(let problem): checkPosition(problem, path: path)
        case .success(let file): linkAndRender(briefs: [file], unsafeHTML: false)
        }
    }

    /// The bytes as the Markdown body of a brief whose front-matter declares an actor,
    /// a claim, a figure and a source, and as an actor's bio: references resolved and
    /// the pages rendered. An odd first byte turns `unsafe_html` on.
    public static func body(_ bytes: UnsafeRawBufferPointer) {
        let unsafeHTML = bytes.first.map { $0 & 1 == 1 } ?? false
        let markdown = String(decoding: bytes.dropFirst(), as: UTF8.self)
        let brief = SourceFile(path: "Content/briefs/fuzz.md", text: frontMatter + markdown)
        let profile = SourceFile(path: "Content/actors/kim.md", text: "---\nname: Kim\n---\n" + markdown)
        linkAndRender(briefs: [brief], profiles: [profile], unsafeHTML: unsafeHTML)
    }

    static let frontMatter = """
    ---
    title: Fuzzed <b>brief</b>
    date: 2024-10-24
    summary: A brief whose body is fuzzed.
    actors:
      - id: kim
        role: Leader
    claims:
      - id: troops-sent
        text: Troops were sent.
        stances:
          - actor: kim
            stance: denies
            source: kcna
    figures:
      - measure: troops
        label: Troops
        value: 3000
        qualifier: at-least
        unit: troops
    sources:
      - id: kcna
        title: KCNA
        url: https://example.org/kcna
    ---

    """

    static let companion = SourceFile(path: "Content/briefs/companion.md", text: """
    ---
    title: Companion
    date: 2024-10-20
    actors:
      - id: lloyd-austin
        name: Lloyd Austin
    ---
    [](actor:lloyd-austin)
    """)

    /// Loaded once for every input: it does not depend on them.
    private static let builtinTheme = try? Theme.load(overrides: [:])

    private static func linkAndRender(briefs: [SourceFile], profiles: [SourceFile] = [], unsafeHTML: Bool) {
        var site = ParsedSite()
        site.settings.unsafeHTML = unsafeHTML
        site.settings.baseURL = "https://example.org/"
        for file in briefs + [companion] {
            let parsed = FileParser.brief(file)
            parsed.diagnostics.forEach { checkPosition($0, path: file.path) }
            if let brief = parsed.value { site.briefs.append(brief) }
            if !parsed.isComplete { site.hasUnreadableContent = true }
        }
        for file in profiles {
            let parsed = FileParser.profile(file)
            parsed.diagnostics.forEach { checkPosition($0, path: file.path) }
            if let profile = parsed.value { site.profiles.append(profile) }
        }
        var uses = UseChecks()
        let (graph, report) = Checker.link(site, includeDrafts: true, uses: &uses)
        report.diagnostics.forEach { precondition($0.location.line >= 1 && $0.location.column >= 1, "\($0)") }
        guard let graph else { return }
        guard let theme = builtinTheme else { preconditionFailure("the built-in theme does not load") }
        do {
            for page in try SiteRenderer.pages(for: graph, theme: theme) where page.path.hasSuffix(".html") {
                let html = String(decoding: page.bytes, as: UTF8.self)
                if let problem = OutputScan.problem(inHTML: html, rawHTMLAllowed: unsafeHTML) {
                    preconditionFailure("\(page.path): \(problem)")
                }
            }
        } catch {
            preconditionFailure("rendering failed: \(error)")
        }
    }

    private static func checkPosition(_ diagnostic: Diagnostic, path: String) {
        precondition(diagnostic.location.path == path, "\(diagnostic): wrong file")
        precondition(diagnostic.location.line >= 1 && diagnostic.location.column >= 1, "\(diagnostic): no position")
    }
}
