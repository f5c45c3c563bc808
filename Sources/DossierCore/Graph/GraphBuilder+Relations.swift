/// The lookups from actors and claims back to briefs, stances and figures.
extension GraphBuilder {
    /// `briefs` come newest first, so every list of slugs built here is too. The lookups
    /// do not depend on each other: they are made in three groups, on both cores. Briefs
    /// are read in place, by index: `for brief in briefs` copied each one whole.
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
        r.briefIndex.reserveCapacity(briefs.count)
        for index in briefs.indices {
            let slug = briefs[index].slug
            r.briefIndex[slug] = index
            for member in briefs[index].cast { r.briefsByActor[member.actor, default: []].append(slug) }
            for claim in briefs[index].claims { r.briefsByClaim[claim.claim, default: []].append(slug) }
            for source in briefs[index].sources where r.newestBriefListing[source] == nil {
                r.newestBriefListing[source] = slug
            }
        }
    }

    private static func stancesAndFigures(of briefs: [Brief], into r: inout SiteGraph.Relations) {
        for index in briefs.indices {
            for figure in briefs[index].figures {
                if let actor = figure.statedBy { r.figuresByActor[actor, default: []].append(figure) }
                if let claim = figure.claim { r.figuresByClaim[claim, default: []].append(figure) }
            }
        }
        // Oldest brief first: a stance is mostly dated as its brief is, so each actor's
        // stances come nearly in order, and the sort finds them so at little cost.
        for index in briefs.indices.reversed() {
            for claim in briefs[index].claims {
                for stance in claim.stances { r.stancesByActor[stance.actor, default: []].append(stance) }
            }
        }
        for actor in r.stancesByActor.keys { r.stancesByActor[actor]!.sortUnlessSorted(by: Stance.chronological) }
    }

    private static func backlinks(of briefs: [Brief], into r: inout SiteGraph.Relations) {
        for index in briefs.indices {
            // A brief links to a few entities: each is looked for among those already seen.
            var linked: [EntityName] = []
            for reference in briefs[index].references {
                let name = EntityName(kind: reference.kind, id: reference.target)
                guard !linked.contains(name) else { continue }
                linked.append(name)
                r.backlinks[name, default: []].append(briefs[index].slug)
            }
        }
    }
}
