/// Reading a brief's front-matter, field by field, as the contract describes it.
extension FieldReader {
    static let briefFields = ["title", "date", "updated", "summary", "draft", "judgments",
                              "actors", "claims", "figures", "sources"]
    static let identityFields = ["name", "kind", "affiliation", "country", "aliases"]

    func brief(_ root: YAMLNode?) -> BriefFrontMatter {
        var front = BriefFrontMatter()
        guard let root else {
            error("front-matter is empty: a brief needs at least 'title' and 'date'", at: SourceLocation(path: path, line: lineOffset))
            return front
        }
        guard let fields = fields(of: root, what: "brief front-matter", allowed: Self.briefFields) else { return front }
        front.title = fields.text("title", required: true)
        front.date = fields.day("date", required: true)
        front.updated = fields.day("updated")
        front.summary = fields.text("summary")
        front.draft = fields.bool("draft")?.value ?? false
        front.judgments = fields.list("judgments").compactMapSized(judgment)
        front.actors = fields.list("actors").compactMapSized(actorEntry)
        front.claims = fields.list("claims").compactMapSized(claimEntry)
        front.figures = fields.list("figures").compactMapSized(figureEntry)
        front.sources = fields.list("sources").compactMapSized(sourceEntry)
        if let updated = front.updated, let date = front.date, updated.value < date.value {
            error("'updated' (\(updated.value)) is before 'date' (\(date.value))", at: updated.location)
        }
        warnOfLaterDates(front)
        warnOfSelfRelays(front)
        return front
    }

    /// An actor's identity fields from a mapping.
    func identity(_ fields: Fields) -> ActorIdentity {
        var identity = ActorIdentity()
        identity.name = fields.text("name")
        identity.kind = fields.choice("kind")
        identity.affiliation = fields.id("affiliation")
        identity.aliases = fields.texts("aliases")
        if let country = fields.text("country") {
            if CountryCode.isAssigned(country.value) {
                identity.country = country
            } else {
                let upper = country.value.uppercased()
                let hint = CountryCode.isAssigned(upper) ? " (country codes are upper case: '\(upper)')" : ""
                error("'country' must be an ISO 3166-1 alpha-2 code such as 'KR', not '\(country.value)'\(hint)",
                      at: country.location)
            }
        }
        return identity
    }

    /// A list item that is either a bare id or a mapping with `id`.
    private func entryID(_ node: YAMLNode, what: String, allowed: [String]) -> (Located<String>, Fields?)? {
        if let text = node.scalar {
            guard let id = checkID(Located(text, at: location(of: node)), field: "\(what) id") else { return nil }
            return (id, nil)
        }
        guard let fields = fields(of: node, what: what, allowed: ["id"] + allowed),
              let id = fields.id("id", required: true) else { return nil }
        return (id, fields)
    }

    func actorEntry(_ node: YAMLNode) -> ActorEntry? {
        guard let (id, fields) = entryID(node, what: "actor", allowed: Self.identityFields + ["role"]) else { return nil }
        var entry = ActorEntry(id: id)
        if let fields {
            entry.declares = fields.values.count > 1
            entry.identity = identity(fields)
            entry.role = fields.text("role")
        }
        return entry
    }

    func claimEntry(_ node: YAMLNode) -> ClaimEntry? {
        guard let (id, fields) = entryID(node, what: "claim", allowed: ["text", "status", "stances"]) else { return nil }
        var entry = ClaimEntry(id: id)
        if let fields {
            entry.declares = fields.values.count > 1
            entry.text = fields.text("text")
            entry.status = fields.choice("status")
            entry.stances = fields.list("stances").compactMapSized(stanceEntry)
        }
        return entry
    }

    func stanceEntry(_ node: YAMLNode) -> StanceEntry? {
        let allowed = ["actor", "stance", "date", "quote", "via", "source"]
        guard let fields = fields(of: node, what: "stance", allowed: allowed) else { return nil }
        return StanceEntry(
            location: fields.location,
            actor: fields.id("actor", required: true),
            stance: fields.choice("stance", required: true),
            date: fields.day("date"),
            quote: fields.text("quote"),
            via: fields.id("via"),
            source: fields.id("source"))
    }

    func sourceEntry(_ node: YAMLNode) -> SourceEntry? {
        let allowed = ["title", "publisher", "url", "date", "grade"]
        guard let (id, fields) = entryID(node, what: "source", allowed: allowed) else { return nil }
        var entry = SourceEntry(id: id)
        guard let fields else { return entry }
        entry.declares = fields.values.count > 1
        entry.title = fields.text("title")
        entry.publisher = fields.text("publisher")
        entry.date = fields.day("date")
        entry.grade = fields.choice("grade")
        if let url = fields.text("url") {
            if SafeURL.isWebURL(url.value) {
                entry.url = url
            } else {
                error("'url' must be an http or https address, not '\(url.value)'", at: url.location)
            }
        }
        return entry
    }

    func judgment(_ node: YAMLNode) -> JudgmentEntry? {
        let allowed = ["text", "likelihood", "confidence", "claims"]
        guard let fields = fields(of: node, what: "judgment", allowed: allowed) else { return nil }
        return JudgmentEntry(
            location: fields.location,
            text: fields.text("text", required: true),
            likelihood: fields.choice("likelihood"),
            confidence: fields.choice("confidence"),
            claims: fields.ids("claims"))
    }
}
