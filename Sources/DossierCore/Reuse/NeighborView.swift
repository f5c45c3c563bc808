/// What a page shows of an entity that is not its own: the link text and the few
/// fields beside it. Its digest stands for the entity in the keys of the pages that
/// show it, so that an edit which leaves these fields alone leaves those pages alone.
/// Every field read here is one some page reads of an entity it links to; a field a
/// page starts to show of a neighbour must be added here.
enum NeighborView {
    static func digest(of name: EntityName, in graph: SiteGraph) -> ContentDigest {
        var digest = ContentDigest()
        digest.add(name.kind.rawValue)
        digest.add(name.id)
        switch name.kind {
        case .actor:
            guard let actor = graph.actors[name.id] else { return absent(digest) }
            digest.add(actor.name)
            digest.add(optional(actor.kind))
        case .claim:
            guard let claim = graph.claims[name.id] else { return absent(digest) }
            digest.add(claim.text)
            for report in claim.history {
                digest.add(report.status.rawValue)
                digest.add(report.date.description)
                digest.add(report.brief)
            }
        case .figure:
            guard let measure = graph.measures[name.id] else { return absent(digest) }
            digest.add(optional(measure.label))
        case .brief:
            guard let brief = graph.brief(name.id) else { return absent(digest) }
            digest.add(brief.title)
            digest.add(brief.date.description)
            digest.add(optional(brief.updated))
            digest.add(optional(brief.summary))
            brief.sources.forEach { digest.add($0) }
        case .source:
            guard let source = graph.sources[name.id] else { return absent(digest) }
            for field in [source.title, source.publisher, source.url] { digest.add(optional(field)) }
            digest.add(optional(source.date))
            digest.add(optional(source.grade))
            digest.add(optional(graph.relations.newestBriefListing[name.id]))
        }
        return digest
    }

    private static func absent(_ digest: ContentDigest) -> ContentDigest {
        var digest = digest
        digest.add("absent")
        return digest
    }

    /// A field's text, set apart from every text when there is none. (Not through
    /// `String(describing:)`, which looks each value's type up at run time and prints an
    /// enum through `Mirror`: about 1 % of a rebuild's instructions.)
    private static func optional(_ text: String?) -> String { text.map { "=" + $0 } ?? "-" }
    private static func optional(_ day: Day?) -> String { optional(day?.description) }
    private static func optional<Word: RawRepresentable<String>>(_ word: Word?) -> String { optional(word?.rawValue) }
}
