/// The lookups from actors and claims back to briefs, stances and figures.
extension GraphBuilder {
    /// `briefs` come newest first, so every list of slugs built here is too.
    static func relations(of briefs: [Brief]) -> SiteGraph.Relations {
        var r = SiteGraph.Relations()
        for (index, brief) in briefs.enumerated() {
            r.briefIndex[brief.slug] = index
            for member in brief.cast { r.briefsByActor[member.actor, default: []].append(brief.slug) }
            for claim in brief.claims { r.briefsByClaim[claim.claim, default: []].append(brief.slug) }
            for figure in brief.figures {
                if let actor = figure.statedBy { r.figuresByActor[actor, default: []].append(figure) }
                if let claim = figure.claim { r.figuresByClaim[claim, default: []].append(figure) }
            }
            for source in brief.sources where r.newestBriefListing[source] == nil {
                r.newestBriefListing[source] = brief.slug
            }
            for stance in brief.claims.flatMap(\.stances) { r.stancesByActor[stance.actor, default: []].append(stance) }
            var linked: Set<String> = []
            for reference in brief.references {
                let key = SiteGraph.Relations.key(reference.kind, reference.target)
                if linked.insert(key).inserted { r.backlinks[key, default: []].append(brief.slug) }
            }
        }
        for actor in r.stancesByActor.keys { r.stancesByActor[actor]!.sort(by: Stance.chronological) }
        return r
    }
}
