/// The lookups from actors and claims back to briefs, stances and figures.
extension GraphBuilder {
    /// `briefs` come newest first, so every list of slugs built here is too. The lookups
    /// do not depend on each other: they are made in three groups, on both cores.
    static func relations(of briefs: [Brief]) -> SiteGraph.Relations {
        let groups = [0, 1, 2].parallelMap(if: Self.spreads(briefs.count)) { group -> SiteGraph.Relations in
            var r = SiteGraph.Relations()
            switch group {
            case 0: briefLookups(of: briefs, into: &r)
            case 1: stancesAndFigures(of: briefs, into: &r)
            default: backlinks(of: briefs, into: &r)
            }
            return r
        }
        var r = groups[0]
        (r.stancesByActor, r.figuresByActor, r.figuresByClaim) =
            (groups[1].stancesByActor, groups[1].figuresByActor, groups[1].figuresByClaim)
        r.backlinks = groups[2].backlinks
        return r
    }

    private static func briefLookups(of briefs: [Brief], into r: inout SiteGraph.Relations) {
        for (index, brief) in briefs.enumerated() {
            r.briefIndex[brief.slug] = index
            for member in brief.cast { r.briefsByActor[member.actor, default: []].append(brief.slug) }
            for claim in brief.claims { r.briefsByClaim[claim.claim, default: []].append(brief.slug) }
            for source in brief.sources where r.newestBriefListing[source] == nil {
                r.newestBriefListing[source] = brief.slug
            }
        }
    }

    private static func stancesAndFigures(of briefs: [Brief], into r: inout SiteGraph.Relations) {
        for brief in briefs {
            for figure in brief.figures {
                if let actor = figure.statedBy { r.figuresByActor[actor, default: []].append(figure) }
                if let claim = figure.claim { r.figuresByClaim[claim, default: []].append(figure) }
            }
            for claim in brief.claims {
                for stance in claim.stances { r.stancesByActor[stance.actor, default: []].append(stance) }
            }
        }
        for actor in r.stancesByActor.keys { r.stancesByActor[actor]!.sort(by: Stance.chronological) }
    }

    private static func backlinks(of briefs: [Brief], into r: inout SiteGraph.Relations) {
        for brief in briefs {
            var linked = SmallSet()
            for reference in brief.references {
                let key = SiteGraph.Relations.key(reference.kind, reference.target)
                if linked.insert(key) { r.backlinks[key, default: []].append(brief.slug) }
            }
        }
    }
}
