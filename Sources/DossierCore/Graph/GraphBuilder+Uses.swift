/// Every id used anywhere must exist: the graph stage's second pass.
extension GraphBuilder {
    mutating func checkUses(briefs: [ParsedBrief], profiles: [ParsedProfile]) {
        for (_, actor) in actors.sorted(by: { $0.key < $1.key }) {
            if let affiliation = actor.affiliation.first { report(known.actors.check(affiliation)) }
        }
        // Each brief on its own, on both cores, by a builder that knows only the ids;
        // the problems in brief order.
        let known = self.known
        let found = briefs.parallelMap { brief -> [Diagnostic] in
            var alone = GraphBuilder(known: known)
            alone.checkUses(in: brief)
            return alone.diagnostics
        }
        for problems in found { diagnostics += problems }
        for profile in profiles {
            for reference in profile.references { check(reference, figures: []) }
        }
    }

    private mutating func checkUses(in brief: ParsedBrief) {
        let front = brief.front
        checkUnique(front.actors.map(\.id), what: "actor")
        checkUnique(front.claims.map(\.id), what: "claim")
        checkUnique(front.sources.map(\.id), what: "source")
        for entry in front.actors { report(known.actors.check(entry.id)) }
        for entry in front.claims {
            report(known.claims.check(entry.id))
            for stance in entry.stances {
                for actor in [stance.actor, stance.via].compactMap({ $0 }) { report(known.actors.check(actor)) }
                if let source = stance.source { report(known.sources.check(source)) }
            }
        }
        for entry in front.sources { report(known.sources.check(entry.id)) }
        for judgment in front.judgments {
            for claim in judgment.claims { report(known.claims.check(claim)) }
        }
        for figure in front.figures {
            for actor in [figure.statedBy, figure.via].compactMap({ $0 }) { report(known.actors.check(actor)) }
            if let source = figure.source { report(known.sources.check(source)) }
            if let claim = figure.claim { report(known.claims.check(claim)) }
        }
        let measures = Set(front.figures.compactMap { $0.measure?.value })
        for reference in brief.references { check(reference, figures: measures) }
    }

    /// A body reference. An empty `figure:` link shows the brief's own figure, so the
    /// brief must have one; with text, any known measure will do.
    private mutating func check(_ reference: Reference, figures: Set<String>) {
        let target = Located(reference.target, at: reference.location)
        guard Identifier.isValid(reference.target) else {
            report(.error("'\(reference.kind.rawValue):\(reference.target)' is not a valid reference: the id \(Identifier.problem(with: reference.target))",
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
            } else if reference.hasNoText && !figures.contains(reference.target) && !known.measures.isIncomplete {
                report(.error("this brief has no figure for measure '\(reference.target)' to fill the empty link with: add the figure or write the link text",
                              at: reference.location))
            }
        }
    }

    private mutating func checkUnique(_ ids: [Located<String>], what: String) {
        var seen: [String: SourceLocation] = [:]
        for id in ids {
            if let first = seen[id.value] {
                report(.error("\(what) '\(id.value)' is listed twice in this brief (first at line \(first.line))", at: id.location))
            }
            seen[id.value] = seen[id.value] ?? id.location
        }
    }

    mutating func report(_ diagnostic: Diagnostic?) {
        if let diagnostic { diagnostics.append(diagnostic) }
    }
}
