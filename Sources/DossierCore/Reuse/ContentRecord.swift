/// Something a page can show: a brief, actor, claim, measure or source, by id.
struct EntityName: Hashable, Comparable, Sendable {
    var kind: Reference.Kind
    var id: String

    static func < (a: EntityName, b: EntityName) -> Bool {
        (a.kind.rawValue, a.id) < (b.kind.rawValue, b.id)
    }
}

/// One content file as page reuse sees it: where it is, the digest of its bytes and
/// every entity it names anywhere (front-matter ids, body references, its own slug).
/// Whatever a page shows of an entity comes from the files that name it.
struct ContentRecord: Sendable {
    var path: String
    var digest: ContentDigest
    /// Sorted, each once.
    var names: [EntityName]

    init(path: String, digest: ContentDigest, names: [EntityName]) {
        (self.path, self.digest, self.names) = (path, digest, names)
    }

    init(path: String, text: String, names: Set<EntityName>) {
        self.path = path
        digest = ContentDigest(of: text)
        self.names = names.sorted()
    }

    static func brief(path: String, slug: String, text: String, front: BriefFrontMatter,
                      references: [Reference]) -> ContentRecord {
        var names = Set(references.map { EntityName(kind: $0.kind, id: $0.target) })
        func add(_ kind: Reference.Kind, _ id: Located<String>?) {
            if let id { names.insert(EntityName(kind: kind, id: id.value)) }
        }
        names.insert(EntityName(kind: .brief, id: slug))
        for actor in front.actors {
            add(.actor, actor.id)
            add(.actor, actor.identity.affiliation)
        }
        for claim in front.claims {
            add(.claim, claim.id)
            for stance in claim.stances {
                add(.actor, stance.actor)
                add(.actor, stance.via)
                add(.source, stance.source)
            }
        }
        for figure in front.figures {
            add(.figure, figure.measure)
            add(.actor, figure.statedBy)
            add(.actor, figure.via)
            add(.source, figure.source)
            add(.claim, figure.claim)
        }
        for source in front.sources { add(.source, source.id) }
        for judgment in front.judgments { judgment.claims.forEach { add(.claim, $0) } }
        return ContentRecord(path: path, text: text, names: names)
    }

    static func profile(path: String, id: String, text: String, identity: ActorIdentity,
                        references: [Reference]) -> ContentRecord {
        var names = Set(references.map { EntityName(kind: $0.kind, id: $0.target) })
        names.insert(EntityName(kind: .actor, id: id))
        if let affiliation = identity.affiliation { names.insert(EntityName(kind: .actor, id: affiliation.value)) }
        return ContentRecord(path: path, text: text, names: names)
    }
}

/// Where the linked site came from: every content file's record, and the digest of
/// `dossier.yml`, which every page depends on.
struct Provenance: Sendable {
    var settings = ContentDigest()
    var files: [ContentRecord] = []
}
