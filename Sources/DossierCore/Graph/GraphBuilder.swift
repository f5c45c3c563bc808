/// The graph stage: takes parsed briefs and profiles and returns the linked site, or
/// every problem found. Pure: no files, no clock.
struct GraphBuilder {
    var diagnostics: [Diagnostic] = []
    var actors: [String: MergedActor] = [:]
    var claimTexts: [String: IdentityField<String>] = [:]
    var claimPlaces: [String: SourceLocation] = [:]
    var sources: [String: MergedSource] = [:]
    var labels: [String: IdentityField<String>] = [:]
    var known = Known()

    struct Known {
        var actors = KnownIDs(kind: "actor", ids: [])
        var claims = KnownIDs(kind: "claim", ids: [])
        var measures = KnownIDs(kind: "measure", ids: [])
        var sources = KnownIDs(kind: "source", ids: [])
        var briefs = KnownIDs(kind: "brief", ids: [])

        mutating func markIncomplete(_ flag: Bool) {
            for path in [\Known.actors, \.claims, \.measures, \.sources, \.briefs] as [WritableKeyPath<Known, KnownIDs>] {
                self[keyPath: path].isIncomplete = flag
            }
        }
    }

    /// Whether the work on `count` briefs is worth spreading over the cores: for a small
    /// site it is done on one thread (see `parallelMap(if:)`).
    static func spreads(_ count: Int) -> Bool { count >= 256 }

    /// Links `briefs` (those this build includes) and `profiles`. `leftOut` are the
    /// briefs the build leaves out (drafts): their ids are named in errors, never linked.
    /// Without `assembles`, only checks. The briefs' front-matter is let go as the graph
    /// is made (`assemble`). `uses` says whose uses need not be checked again and records
    /// what this pass knew and checked.
    static func build(settings: SiteSettings, briefs: inout [ParsedBrief], profiles: [ParsedProfile],
                      leftOut: [ParsedBrief] = [], isIncomplete: Bool = false, assembles: Bool = true,
                      uses: inout UseChecks) -> (SiteGraph?, [Diagnostic]) {
        var builder = GraphBuilder()
        builder.declare(briefs: briefs, profiles: profiles)
        builder.known.markIncomplete(isIncomplete)
        if !isIncomplete { builder.requireNames() }
        builder.noteLeftOut(leftOut)
        let skipped = uses.skipped(knowing: builder.known.digest)
        uses.checked += builder.checkUses(briefs: briefs, profiles: profiles, skipping: skipped)
        guard assembles, !builder.diagnostics.contains(where: { $0.severity == .error }) else {
            return (nil, builder.diagnostics)
        }
        let graph = builder.assemble(settings: settings, briefs: &briefs, profiles: profiles)
        return (graph, builder.diagnostics)
    }

    // MARK: Declarations

    private mutating func declare(briefs: [ParsedBrief], profiles: [ParsedProfile]) {
        // Briefs are read in place, by index: `for brief in briefs` copied each one, and a
        // copy keeps and lets go of everything its front-matter holds.
        var slugs: [String: String] = [:]
        for index in briefs.indices {
            let slug = briefs[index].slug
            if let first = slugs[slug] {
                diagnostics.append(.error("slug '\(slug)' is already used by \(first): brief file names must be unique",
                                          at: SourceLocation(path: briefs[index].path)))
            }
            slugs[slug] = slugs[slug] ?? briefs[index].path
        }
        // Actors, claims, sources and measures are declared independently of each
        // other: each kind by a builder of its own, on both cores.
        let declared: [Declared] = [.actors, .claims, .sources, .measures]
        let kinds = declared.parallelMap(if: Self.spreads(briefs.count)) { kind -> GraphBuilder in
            var builder = GraphBuilder()
            if kind == .actors {
                for profile in profiles {
                    builder.declareActor(profile.id, identity: profile.identity, at: SourceLocation(path: profile.path))
                }
            }
            for index in briefs.indices { builder.declare(kind, of: briefs, at: index) }
            return builder
        }
        actors = kinds[0].actors
        (claimTexts, claimPlaces) = (kinds[1].claimTexts, kinds[1].claimPlaces)
        sources = kinds[2].sources
        labels = kinds[3].labels
        for kind in kinds { diagnostics += kind.diagnostics }
        known.briefs = KnownIDs(kind: "brief", ids: Set(slugs.keys))
        known.actors = KnownIDs(kind: "actor", ids: Set(actors.keys), declaredIn: "in a brief or in Content/actors/")
        known.claims = KnownIDs(kind: "claim", ids: Set(claimPlaces.keys))
        known.sources = KnownIDs(kind: "source", ids: Set(sources.keys))
        known.measures = KnownIDs(kind: "measure", ids: Set(labels.keys))
    }

    private enum Declared { case actors, claims, sources, measures }

    /// Only the entries of `kind` are taken from the brief's front-matter: lent whole,
    /// the front-matter was copied for each kind. The entries are looked at in place,
    /// not copied out one by one (an entry's stances, texts and places were kept and
    /// let go of for each).
    private mutating func declare(_ kind: Declared, of briefs: [ParsedBrief], at brief: Int) {
        switch kind {
        case .actors:
            let entries = briefs[brief].front.actors
            for index in entries.indices where entries[index].declares {
                let id = entries[index].id
                declareActor(id.value, identity: entries[index].identity, at: id.location)
            }
        case .claims:
            let entries = briefs[brief].front.claims
            for index in entries.indices where entries[index].declares {
                let id = entries[index].id
                claimPlaces[id.value] = claimPlaces[id.value] ?? id.location
                var text = claimTexts[id.value] ?? IdentityField()
                if let d = text.merge(entries[index].text, owner: "claim '\(id.value)':", field: "text", show: { "'\($0)'" }) {
                    diagnostics.append(d)
                }
                claimTexts[id.value] = text
            }
        case .sources:
            let entries = briefs[brief].front.sources
            for index in entries.indices where entries[index].declares {
                let id = entries[index].id
                var source = sources[id.value] ?? MergedSource(firstPlace: id.location)
                diagnostics += source.merge(entries[index])
                sources[id.value] = source
            }
        case .measures:
            let entries = briefs[brief].front.figures
            for index in entries.indices {
                guard let measure = entries[index].measure else { continue }
                var label = labels[measure.value] ?? IdentityField()
                if let d = label.merge(entries[index].label, owner: "measure '\(measure.value)':", field: "label",
                                       show: { "'\($0)'" }) {
                    diagnostics.append(d)
                }
                labels[measure.value] = label
            }
        }
    }

    private mutating func declareActor(_ id: String, identity: ActorIdentity, at place: SourceLocation) {
        var actor = actors[id] ?? MergedActor(firstPlace: place)
        diagnostics += actor.merge(identity, id: id)
        actors[id] = actor
    }

    /// Every actor must have a name somewhere, and every claim a text.
    mutating func requireNames() {
        for (id, actor) in actors where actor.name.value == nil {
            diagnostics.append(.error("actor '\(id)' has no name: give 'name' here or in Content/actors/\(id).md",
                                      at: actor.firstPlace))
        }
        for (id, place) in claimPlaces where claimTexts[id]?.value == nil {
            diagnostics.append(.error("claim '\(id)' has no text: give 'text' in one brief", at: place))
        }
    }

    private mutating func noteLeftOut(_ leftOut: [ParsedBrief]) {
        guard !leftOut.isEmpty else { return }
        var other = GraphBuilder()
        other.declare(briefs: leftOut, profiles: [])
        known.actors.draftOnly = other.known.actors.ids.subtracting(known.actors.ids)
        known.claims.draftOnly = other.known.claims.ids.subtracting(known.claims.ids)
        known.sources.draftOnly = other.known.sources.ids.subtracting(known.sources.ids)
        known.measures.draftOnly = other.known.measures.ids.subtracting(known.measures.ids)
        known.briefs.draftOnly = Set(leftOut.map(\.slug)).subtracting(known.briefs.ids)
    }
}

