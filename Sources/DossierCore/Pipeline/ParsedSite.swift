/// Everything read from a site folder and parsed, before linking.
struct ParsedSite: Sendable {
    var settings = SiteSettings()
    var briefs: [ParsedBrief] = []
    var profiles: [ParsedProfile] = []
    var diagnostics: [Diagnostic] = []
}

/// One file's parse: the value, when there is one, and what was wrong with it.
struct Parsed<Value: Sendable>: Sendable {
    var value: Value?
    var diagnostics: [Diagnostic]
}
