/// Once every id is known to exist: the linked entities and their relations.
extension GraphBuilder {
    func assemble(settings: SiteSettings, briefs parsed: inout [ParsedBrief], profiles: [ParsedProfile]) -> SiteGraph {
        // Newest first, by slug within a day. The order is found from the parsed briefs,
        // and the linked ones are made in it: sorting them after, and joining slices of
        // them, moved and copied 10,000 briefs on one core.
        let keys = parsed.map { (Self.date(of: $0.front), $0.slug) }
        let order = parsed.indices.sorted { (keys[$0].0, keys[$1].1) > (keys[$1].0, keys[$0].1) }
        // On both cores: each brief's front-matter is let go once its linked brief is
        // made, by the thread that made it, so the two are never held whole at once.
        let builder = self
        let briefs = parsed.parallelMapChanging(order, if: Self.spreads(parsed.count)) { brief in
            defer { brief.front = BriefFrontMatter() }
            return builder.brief(brief)
        }
        // The lookups are made on the other core while the tables are.
        let relations = Background(elsewhere: Self.spreads(briefs.count)) { [briefs] in Self.relations(of: briefs) }
        let bios = Dictionary(profiles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var actorTable: [String: Actor] = [:]
        for (id, merged) in actors {
            actorTable[id] = Actor(
                id: id, name: merged.name.value ?? id, kind: merged.kind.value,
                affiliation: merged.affiliation.value, country: merged.country.value,
                aliases: merged.aliases.first?.value ?? [],
                bio: bios[id]?.bio, bioReferences: bios[id]?.references ?? [])
        }
        // The measures' table is made on the other core while the claims' table is here.
        let measureTable = Background(elsewhere: Self.spreads(briefs.count)) { [builder, briefs] in
            builder.measures(from: briefs)
        }
        let claimTable = claims(from: briefs)
        // The lists sorted by text, once for the pages and the search index that show them.
        let claimsByText = Background(elsewhere: Self.spreads(briefs.count)) { [claimTable] in
            SiteGraph.sorted(claimTable.values, by: { $0.text }, then: { $0.id })
        }
        let actorsByName = Background(elsewhere: Self.spreads(briefs.count)) { [actorTable] in
            SiteGraph.sorted(actorTable.values, by: { $0.name }, then: { $0.id })
        }
        return SiteGraph(
            settings: settings,
            briefs: briefs,
            actors: actorTable,
            claims: claimTable,
            measures: measureTable.take(),
            sources: sourceTable(),
            relations: relations.take(),
            actorsByName: actorsByName.take(),
            claimsByText: claimsByText.take())
    }

    private func sourceTable() -> [String: Source] {
        var table: [String: Source] = [:]
        for (id, merged) in sources {
            table[id] = Source(id: id, title: merged.title.value, publisher: merged.publisher.value,
                               url: merged.url.value, date: merged.date.value, grade: merged.grade.value)
        }
        return table
    }

    // The claims' and measures' lists are gathered by the entity's place, then each
    // entity is made once, whole. Gathered into the table itself, every brief's entry
    // moved a whole claim out of the dictionary and back, and sorting the lists while
    // walking the table's keys copied the table.

    private func claims(from briefs: [Brief]) -> [String: Claim] {
        let declared = Array(claimTexts)
        let place = Dictionary(uniqueKeysWithValues: declared.enumerated().map { ($1.key, $0) })
        var history = Array(repeating: [StatusReport](), count: declared.count)
        var stances = Array(repeating: [Stance](), count: declared.count)
        for index in briefs.indices.reversed() {  // oldest first, each read in place
            for entry in briefs[index].claims {
                guard let at = place[entry.claim] else { continue }
                if let status = entry.status {
                    history[at].append(StatusReport(status: status, date: briefs[index].date, brief: briefs[index].slug))
                }
                stances[at] += entry.stances
            }
        }
        var table: [String: Claim] = [:]
        table.reserveCapacity(declared.count)
        for (at, (id, text)) in declared.enumerated() {
            // Gathered oldest first, most are in order already.
            history[at].sortUnlessSorted { ($0.date, $0.brief) < ($1.date, $1.brief) }
            stances[at].sortUnlessSorted(by: Stance.chronological)
            table[id] = Claim(id: id, text: text.value ?? id, history: history[at], stances: stances[at])
        }
        return table
    }

    private func measures(from briefs: [Brief]) -> [String: Measure] {
        let declared = Array(labels)
        let place = Dictionary(uniqueKeysWithValues: declared.enumerated().map { ($1.key, $0) })
        var figures = Array(repeating: [Figure](), count: declared.count)
        for index in briefs.indices {
            for figure in briefs[index].figures {
                if let at = place[figure.measure] { figures[at].append(figure) }
            }
        }
        var table: [String: Measure] = [:]
        table.reserveCapacity(declared.count)
        for (at, (id, label)) in declared.enumerated() {
            figures[at].sort { ($0.asOf, $0.brief, $0.statedBy ?? "") < ($1.asOf, $1.brief, $1.statedBy ?? "") }
            table[id] = Measure(id: id, label: label.value, figures: figures[at],
                                conflicts: FigureConflicts.find(in: figures[at]))
        }
        return table
    }

    /// A parsed brief whose every id is known, as the linked `Brief`.
    private func brief(_ parsed: ParsedBrief) -> Brief {
        let front = parsed.front
        let date = Self.date(of: front)
        var order = 0
        let claims = front.claims.map { entry in
            BriefClaim(claim: entry.id.value, status: entry.status?.value,
                       stances: entry.stances.compactMap { stanceEntry in
                           order += 1
                           return stance(from: stanceEntry, claim: entry.id.value, brief: parsed.slug, date: date, order: order)
                       })
        }
        let figures = front.figures.compactMap { figure(from: $0, brief: parsed.slug, date: date) }
        return Brief(
            slug: parsed.slug, path: parsed.path, title: front.title?.value ?? parsed.slug,
            date: date, updated: front.updated?.value, summary: front.summary?.value, draft: front.draft,
            judgments: front.judgments.map {
                Judgment(text: $0.text?.value ?? "", likelihood: $0.likelihood?.value,
                         confidence: $0.confidence?.value, claims: $0.claims.map(\.value))
            },
            cast: cast(of: parsed, claims: claims, figures: figures),
            claims: claims,
            figures: figures,
            sources: sourcesCited(in: parsed, claims: claims, figures: figures),
            body: parsed.body,
            references: parsed.references)
    }

    /// A brief's date; a brief without one has an error, and is never linked.
    private static func date(of front: BriefFrontMatter) -> Day { front.date?.value ?? Day("1970-01-01")! }

    private func stance(from entry: StanceEntry, claim: String, brief: String, date: Day, order: Int) -> Stance? {
        guard let actor = entry.actor?.value, let kind = entry.stance?.value else { return nil }
        return Stance(claim: claim, actor: actor, kind: kind, date: entry.date?.value ?? date, isDated: entry.date != nil,
                      quote: entry.quote?.value, via: entry.via?.value, source: entry.source?.value,
                      brief: brief, order: order)
    }

    private func figure(from entry: FigureEntry, brief: String, date: Day) -> Figure? {
        guard let measure = entry.measure?.value, let amount = entry.amount else { return nil }
        let qualifier = entry.qualifier?.value ?? (amount.isRange ? .range : .exact)
        return Figure(measure: measure, amount: amount, unit: entry.unit?.value, qualifier: qualifier,
                      asOf: entry.asOf?.value ?? AsOf(date), statedBy: entry.statedBy?.value,
                      via: entry.via?.value, source: entry.source?.value, claim: entry.claim?.value, brief: brief)
    }

    /// The actors listed, in their order, then everyone else the brief involves, by id.
    private func cast(of parsed: ParsedBrief, claims: [BriefClaim], figures: [Figure]) -> [CastMember] {
        var members = parsed.front.actors.map { CastMember(actor: $0.id.value, role: $0.role?.value) }
        let listed = SmallSet(members.map(\.actor))
        var others = SmallSet()
        var unlisted: [String] = []
        func note(_ id: String?) {
            if let id, !listed.contains(id), others.insert(id) { unlisted.append(id) }
        }
        for claim in claims {
            for stance in claim.stances {
                note(stance.actor)
                note(stance.via)
            }
        }
        for figure in figures {
            note(figure.statedBy)
            note(figure.via)
        }
        for reference in parsed.references where reference.kind == .actor { note(reference.target) }
        for id in unlisted.sorted() { members.append(CastMember(actor: id, role: nil)) }
        return members
    }

    /// The sources listed, then those cited by stances, figures and the body, by id.
    private func sourcesCited(in parsed: ParsedBrief, claims: [BriefClaim], figures: [Figure]) -> [String] {
        var ids = parsed.front.sources.map(\.id.value)
        let listed = SmallSet(ids)
        var cited = SmallSet()
        var unlisted: [String] = []
        func note(_ id: String?) {
            if let id, !listed.contains(id), cited.insert(id) { unlisted.append(id) }
        }
        for claim in claims {
            for stance in claim.stances { note(stance.source) }
        }
        for figure in figures { note(figure.source) }
        for reference in parsed.references where reference.kind == .source { note(reference.target) }
        ids += unlisted.sorted()
        return ids
    }
}

extension Array {
    /// Sorts the array unless it is in order already: a sort sets itself up even then,
    /// and the graph sorts thousands of short lists that were mostly gathered in order.
    /// The same result as `sort`, whose order of equal elements is kept.
    mutating func sortUnlessSorted(by areInIncreasingOrder: (Element, Element) -> Bool) {
        for index in indices.dropFirst() where areInIncreasingOrder(self[index], self[index - 1]) {
            return sort(by: areInIncreasingOrder)
        }
    }
}

extension Amount {
    var isRange: Bool { if case .range = self { return true } else { return false } }
}

extension Stance {
    static func chronological(_ a: Stance, _ b: Stance) -> Bool {
        (a.date, a.brief, a.order) < (b.date, b.brief, b.order)
    }
}
