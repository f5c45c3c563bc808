/// Where the site is published (`base_url`), for what needs absolute addresses:
/// feeds, the sitemap, robots.txt and canonical links.
struct SiteAddress: Sendable, Hashable {
    /// Absolute http(s) URL ending in "/".
    let base: String

    init?(_ settings: SiteSettings) {
        guard let base = settings.baseURL else { return nil }
        self.base = base
    }

    /// The public URL of a file of the site. Pages are addressed as their folder, as
    /// servers serve them: `briefs/x/index.html` → `https://example.org/briefs/x/`.
    func url(_ path: String) -> String { base + SiteAddress.folderForm(path) }

    static func folderForm(_ path: String) -> String {
        guard path == "index.html" || path.hasSuffix("/index.html") else { return path }
        return String(path.dropLast("index.html".count))
    }
}

/// Dates in feeds and sitemaps: a day as its first instant in UTC (RFC 3339), so the
/// output never depends on the clock or the time zone of the build.
extension Day {
    var timestamp: String { description + "T00:00:00Z" }
}

extension Brief {
    /// When the brief last changed: its `updated` date, else its date.
    var lastChanged: Day { updated ?? date }
}
