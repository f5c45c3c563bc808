/// Every id used anywhere must exist: the graph stage's second pass.
extension GraphBuilder {
    /// Checks the uses of every brief but those `skipping` names (`UseChecks`), and of
    /// every profile. Returns how many briefs it checked.
    mutating func checkUses(briefs: [ParsedBrief], profiles: [ParsedProfile], skipping: Set<String> = []) -> Int {
        for (id, actor) in actors.sorted(by: { $0.key < $1.key }) {
            guard let affiliation = actor.affiliation.first else { continue }
            if affiliation.value == id {
                report(.error("actor '\(id)' cannot be its own affiliation: 'affiliation' names the actor it belongs to",
                              at: affiliation.location))
            } else {
                report(known.actors.check(affiliation))
            }
        }
        // Each brief on its own, on both cores, by a builder that knows only the ids;
        // the problems in brief order.
        let known = self.known
        let checked = skipping.isEmpty ? Array(briefs.indices) : briefs.indices.filter { !skipping.contains(briefs[$0].path) }
        let found = checked.parallelMap(if: Self.spreads(checked.count)) { index -> [Diagnostic] in
            var alone = GraphBuilder(known: known)
            alone.checkUses(in: briefs[index])
            return alone.diagnostics
        }
        for problems in found { diagnostics += problems }
        for profile in profiles {
            for reference in profile.references { check(reference, in: []) }
        }
        return checked.count
    }

    /// Without building lists or sets on the way: this runs for every brief of the site.
    private mutating func checkUses(in brief: ParsedBrief) {
        checkUnique(brief.front.actors, { $0.id }, what: "actor")
        checkUnique(brief.front.claims, { $0.id }, what: "claim")
        checkUnique(brief.front.sources, { $0.id }, what: "source")
        for entry in brief.front.actors { report(known.actors.check(entry.id, listed: !entry.declares)) }
        for entry in brief.front.claims {
            report(known.claims.check(entry.id, listed: !entry.declares))
            for stance in entry.stances {
                if let actor = stance.actor { report(known.actors.check(actor)) }
                if let via = stance.via { report(known.actors.check(via)) }
                if let source = stance.source { report(known.sources.check(source)) }
            }
        }
        for entry in brief.front.sources { report(known.sources.check(entry.id, listed: !entry.declares)) }
        for judgment in brief.front.judgments {
            for claim in judgment.claims { report(known.claims.check(claim)) }
        }
        for figure in brief.front.figures {
            if let actor = figure.statedBy { report(known.actors.check(actor)) }
            if let via = figure.via { report(known.actors.check(via)) }
            if let source = figure.source { report(known.sources.check(source)) }
            if let claim = figure.claim { report(known.claims.check(claim)) }
        }
        for reference in brief.references { check(reference, in: brief.front.figures) }
    }

    /// A body reference. An empty `figure:` link shows the brief's own figure, so the
    /// brief must have one; with text, any known measure will do.
    private mutating func check(_ reference: Reference, in figures: [FigureEntry]) {
        let target = Located(reference.target, at: reference.location)
        guard Identifier.isValid(reference.target) else {
            // The id meant is one that exists: `actor:Lloyd_Austin` for `lloyd-austin`.
            let meant = Identifier.suggestion(for: reference.target).flatMap(knownIDs(reference.kind).nearest)
            report(.error("'\(reference.kind.rawValue):\(reference.target)' is not a valid reference: the id \(Identifier.problem(with: reference.target, meant: meant))",
                          at: reference.location))
            return
        }
        switch reference.kind {
        case .actor: report(known.actors.check(target))
        case .claim: report(known.claims.check(target))
        case .source: report(known.sources.check(target))
        case .brief: report(known.briefs.check(target))
        case .figure:
            if let problem = known.measures.check(target) {
                report(problem)
            } else if reference.hasNoText && !figures.contains(where: { $0.measure?.value == reference.target })
                        && !known.measures.isIncomplete {
                report(.error("this brief has no figure for measure '\(reference.target)' to fill the empty link with: add the figure or write the link text",
                              at: reference.location))
            }
        }
    }

    /// The ids a reference of `kind` may name.
    private func knownIDs(_ kind: Reference.Kind) -> KnownIDs {
        switch kind {
        case .actor: known.actors
        case .claim: known.claims
        case .source: known.sources
        case .brief: known.briefs
        case .figure: known.measures
        }
    }

    /// Each entry listed again after its first, by its first's line. Lists in a brief are
    /// short: compared pairwise, without a dictionary.
    private mutating func checkUnique<Entry>(_ entries: [Entry], _ id: (Entry) -> Located<String>, what: String) {
        for index in entries.indices {
            let later = id(entries[index])
            guard let first = entries[..<index].first(where: { id($0).value == later.value }) else { continue }
            report(.error("\(what) '\(later.value)' is listed twice in this brief (first at line \(id(first).location.line))",
                          at: later.location))
        }
    }

    mutating func report(_ diagnostic: Diagnostic?) {
        if let diagnostic { diagnostics.append(diagnostic) }
    }
}
