/// `dossier.yml`: the site's own settings.
public struct SiteSettings: Sendable, Hashable {
    public var title = "Dossier"
    public var description: String?
    /// Absolute http(s) URL of the published site, ending in "/".
    public var baseURL: String?
    public var language = "en"
    public var unsafeHTML = false

    public init() {}
}
