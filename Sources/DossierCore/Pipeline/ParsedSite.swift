/// Everything read from a site folder and parsed, before linking.
struct ParsedSite: Sendable {
    var settings = SiteSettings()
    /// The digest of `dossier.yml`, for page reuse.
    var settingsDigest = ContentDigest()
    var briefs: [ParsedBrief] = []
    var profiles: [ParsedProfile] = []
    var diagnostics: [Diagnostic] = []
    /// Some brief or profile could not be read or its front-matter not parsed.
    var hasUnreadableContent = false
    /// For the parse cache: how each cleanly parsed file is held, by path.
    var holdings: [String: ParseCache.Holding] = [:]
}

/// One file's parse: the value, when there is one, and what was wrong with it.
struct Parsed<Value: Sendable>: Sendable {
    var value: Value?
    var diagnostics: [Diagnostic]
    /// False when part of the file could not be read at all (no front-matter, bad YAML).
    var isComplete = true
}
