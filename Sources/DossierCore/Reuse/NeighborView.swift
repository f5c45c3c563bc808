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
            digest.add(optional: actor.kind?.rawValue)
        case .claim:
            guard let claim = graph.claims[name.id] else { return absent(digest) }
            digest.add(claim.text)
            for report in claim.history {
                digest.add(report.status.rawValue)
                digest.add(report.date)
                digest.add(report.brief)
            }
        case .figure:
            guard let measure = graph.measures[name.id] else { return absent(digest) }
            digest.add(optional: measure.label)
        case .brief:
            guard let brief = graph.brief(name.id) else { return absent(digest) }
            digest.add(brief.title)
            digest.add(brief.date)
            digest.add(optional: brief.updated)
            digest.add(optional: brief.summary)
            brief.sources.forEach { digest.add($0) }
        case .source:
            guard let source = graph.sources[name.id] else { return absent(digest) }
            digest.add(optional: source.title)
            digest.add(optional: source.publisher)
            digest.add(optional: source.url)
            digest.add(optional: source.date)
            digest.add(optional: source.grade?.rawValue)
            digest.add(optional: graph.relations.newestBriefListing[name.id])
        }
        return digest
    }

    private static func absent(_ digest: ContentDigest) -> ContentDigest {
        var digest = digest
        digest.add("absent")
        return digest
    }
}

// Fields are digested as they are held, not first made into texts: a view's digest is
// made for every entity the site names, on every build.
extension ContentDigest {
    /// A field that may be missing, set apart from every text when it is.
    mutating func add(optional text: String?) {
        guard let text else { return add(0) }
        add(1)
        add(text)
    }

    mutating func add(_ day: Day) { add(UInt64(day.year * 10_000 + day.month * 100 + day.day)) }

    mutating func add(optional day: Day?) {
        guard let day else { return add(0) }
        add(1)
        add(day)
    }
}
