/// The whole site, linked: every brief, actor, claim, measure and source, with the
/// relations the pages show computed once. Built by `GraphBuilder`; no I/O.
public struct SiteGraph: Sendable {
    public let settings: SiteSettings
    /// Newest first: by date, then slug.
    public let briefs: [Brief]
    public let actors: [String: Actor]
    public let claims: [String: Claim]
    public let measures: [String: Measure]
    public let sources: [String: Source]
    public let relations: Relations
    /// The actors by name, ignoring case, then by id: as the actor list and the search
    /// index show them. Sorted once, when the graph is made (`sorted`).
    public let actorsByName: [Actor]
    /// The claims by text, ignoring case, then by id.
    public let claimsByText: [Claim]
    /// The files it was linked from, for page reuse (`PageKeys`).
    var provenance = Provenance()

    public func brief(_ slug: String) -> Brief? { relations.briefIndex[slug].map { briefs[$0] } }

    /// The brief at `index` in `briefs`, lent to `body`: `briefs[index]` copies it out,
    /// keeping and letting go of each of its texts and lists.
    func withBrief<Result>(at index: Int, _ body: (borrowing Brief) throws(DossierError) -> Result) throws(DossierError) -> Result {
        try briefs.withUnsafeBufferPointer { briefs throws(DossierError) in try body(briefs[index]) }
    }

    /// The brief with this slug, lent to `body`; nil when there is none.
    func withBrief<Result>(_ slug: String, _ body: (borrowing Brief) -> Result) -> Result? {
        guard let index = relations.briefIndex[slug] else { return nil }
        return briefs.withUnsafeBufferPointer { body($0[index]) }
    }

    /// A brief's title, without copying the brief.
    public func briefTitle(_ slug: String) -> String? { relations.briefIndex[slug].map { briefs[$0].title } }

    /// Whether the brief lists the source among its sources, without copying the brief.
    public func brief(_ slug: String, listsSource id: String) -> Bool {
        relations.briefIndex[slug].map { briefs[$0].sources.contains(id) } ?? false
    }

    /// `items` by `text`, ignoring case, then by `id`. Each text is lowered once, not at
    /// every comparison.
    static func sorted<T>(_ items: some Collection<T>, by text: (T) -> String, then id: (T) -> String) -> [T] {
        items.map { (text($0).lowercased(), id($0), $0) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    /// Who is linked to what: the lookups the actor, claim and figure pages need.
    public struct Relations: Sendable {
        public var briefIndex: [String: Int] = [:]
        /// Actor id → slugs of the briefs that mention the actor, newest first.
        public var briefsByActor: [String: [String]] = [:]
        /// Claim id → slugs of the briefs that discuss the claim, newest first.
        public var briefsByClaim: [String: [String]] = [:]
        /// Actor id → their stances, oldest first.
        public var stancesByActor: [String: [Stance]] = [:]
        /// Actor id → the figures they stated.
        public var figuresByActor: [String: [Figure]] = [:]
        /// Claim id → the figures tied to it.
        public var figuresByClaim: [String: [Figure]] = [:]
        /// Source id → the slug of the newest brief that lists the source.
        public var newestBriefListing: [String: String] = [:]
        /// An entity → slugs of briefs whose body links to it, newest first.
        var backlinks: [EntityName: [String]] = [:]
    }
}
