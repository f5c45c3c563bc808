/// Reading an actor profile's front-matter and the site settings.
extension FieldReader {
    func profile(_ root: YAMLNode?) -> ActorIdentity {
        guard let root else { return ActorIdentity() }
        if case let .mapping(mapping) = root.content, let role = mapping.first(where: { $0.key.scalar == "role" }) {
            error("'role' belongs to a brief, not to a profile: give it in the brief's actors list", at: role.key)
        }
        guard let fields = fields(of: root, what: "actor profile", allowed: Self.identityFields, tolerated: ["role"]) else {
            return ActorIdentity()
        }
        return identity(fields)
    }

    func settings(_ root: YAMLNode?) -> SiteSettings {
        var settings = SiteSettings()
        guard let root else { return settings }
        let allowed = ["title", "description", "base_url", "language", "unsafe_html"]
        guard let fields = fields(of: root, what: "dossier.yml", allowed: allowed) else { return settings }
        settings.title = fields.text("title")?.value ?? settings.title
        settings.description = fields.text("description")?.value
        settings.unsafeHTML = fields.bool("unsafe_html")?.value ?? false
        if let url = fields.text("base_url") {
            if SafeURL.isWebURL(url.value) {
                settings.baseURL = url.value.hasSuffix("/") ? url.value : url.value + "/"
            } else {
                error("'base_url' must be an http or https address, not '\(url.value)'", at: url.location)
            }
        }
        if let language = fields.text("language") {
            if SafeURL.isLanguageTag(language.value) {
                settings.language = language.value
            } else {
                error("'language' must be a language tag such as 'en' or 'en-GB', not '\(language.value)'",
                      at: language.location)
            }
        }
        return settings
    }
}
