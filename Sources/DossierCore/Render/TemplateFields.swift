/// A view model that makes its template values itself, field by field.
///
/// Going through `Encodable` costs an encoder, a container box and a dynamic cast per
/// value, and was an eighth of a build. Each view model still declares `Encodable`:
/// its synthesized encoding names the fields templates see, and a test checks, for
/// every page of the example site, that `templateValue` gives that same tree.
protocol TemplateRepresentable {
    var templateValue: TemplateValue { get }
}

extension TemplateValue {
    /// An object of the fields that are present: a nil field is left out, as
    /// `Encodable` leaves it out, so that a template looks the name up further out.
    /// Inlined: the pairs are then counted and copied where they are written.
    @inline(__always)
    static func fields(_ pairs: KeyValuePairs<String, TemplateValue?>) -> TemplateValue {
        var present = 0
        for (_, value) in pairs where value != nil { present += 1 }
        var next = pairs.startIndex
        return .dictionary(DictionaryBox.make(count: present) { _ in
            while pairs[next].value == nil { next += 1 }
            defer { next += 1 }
            return DictionaryBox.Field(name: pairs[next].key, value: pairs[next].value!)
        })
    }
}

extension TemplateValue {
    typealias Pair = (name: String, value: TemplateValue)

    /// An object of two to four fields, all present, given as arguments. Given as a
    /// literal of pairs, they are an array of tuples, which the runtime destroys through
    /// the tuples' layout, element by element: for the small objects every list repeats
    /// (links, dates, badges), that cost more than making them.
    static func fields(_ a: Pair, _ b: Pair) -> TemplateValue {
        object(of: 2) { $0 == 0 ? a : b }
    }

    static func fields(_ a: Pair, _ b: Pair, _ c: Pair) -> TemplateValue {
        object(of: 3) { index in
            switch index {
            case 0: a
            case 1: b
            default: c
            }
        }
    }

    static func fields(_ a: Pair, _ b: Pair, _ c: Pair, _ d: Pair) -> TemplateValue {
        object(of: 4) { index in
            switch index {
            case 0: a
            case 1: b
            case 2: c
            default: d
            }
        }
    }

    @inline(__always)
    private static func object(of count: Int, _ pair: (Int) -> Pair) -> TemplateValue {
        .dictionary(DictionaryBox.make(count: count) { index in
            let (name, value) = pair(index)
            return DictionaryBox.Field(name: name, value: value)
        })
    }
}

extension String: TemplateRepresentable {
    var templateValue: TemplateValue { .text(self) }
}

extension Bool: TemplateRepresentable {
    var templateValue: TemplateValue { .flag(self) }
}

extension Int: TemplateRepresentable {
    var templateValue: TemplateValue { .integer(self) }
}

extension Array: TemplateRepresentable where Element: TemplateRepresentable {
    var templateValue: TemplateValue { .array(ArrayBox(values: map(\.templateValue))) }
}

// MARK: The small values every list repeats

extension LinkView: TemplateRepresentable {}

extension DateView: TemplateRepresentable {
    var templateValue: TemplateValue { .fields(("iso", iso.templateValue), ("text", text.templateValue)) }
}

extension Badge: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields(("label", label.templateValue), ("text", text.templateValue), ("tone", tone.templateValue))
    }
}

// MARK: Page chrome

extension Layout: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields([
            "language": language.templateValue, "documentTitle": documentTitle.templateValue,
            "description": description.templateValue, "stylesheet": stylesheet.templateValue,
            "home": home.templateValue, "siteTitle": siteTitle.templateValue, "nav": nav.templateValue,
            "search": search.templateValue, "canonical": canonical?.templateValue, "feeds": feeds.templateValue,
            "structuredData": structuredData.templateValue,
        ])
    }
}

extension FeedLink: TemplateRepresentable {
    var templateValue: TemplateValue { .fields(("title", title.templateValue), ("href", href.templateValue)) }
}

extension NavItem: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields(("label", label.templateValue), ("href", href.templateValue), ("current", current.templateValue))
    }
}

// MARK: Rows shared by several pages

extension FigureRow: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields([
            "number": number.templateValue, "anchor": anchor.templateValue, "measure": measure.templateValue,
            "value": value.templateValue, "asOf": asOf.templateValue, "statedBy": statedBy?.templateValue,
            "via": via?.templateValue, "source": source?.templateValue, "brief": brief.templateValue,
            "conflict": conflict?.templateValue,
        ])
    }
}

extension StanceRow: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields([
            "date": date.templateValue, "actor": actor.templateValue, "claim": claim.templateValue,
            "stance": stance.templateValue, "quote": quote?.templateValue, "via": via?.templateValue,
            "source": source?.templateValue, "brief": brief.templateValue,
        ])
    }
}

extension BriefItem: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields([
            "link": link.templateValue, "date": date.templateValue, "updated": updated?.templateValue,
            "summary": summary?.templateValue,
        ])
    }
}

extension SourceView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields([
            "anchor": anchor.templateValue, "title": title.templateValue, "publisher": publisher?.templateValue,
            "date": date?.templateValue, "grade": grade?.templateValue, "url": url?.templateValue,
        ])
    }
}

// MARK: Entity pages

extension BriefPage: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields([
            "layout": layout.templateValue, "title": title.templateValue, "date": date.templateValue,
            "updated": updated?.templateValue, "summary": summary?.templateValue,
            "judgments": judgments.templateValue, "bodyHTML": bodyHTML.templateValue, "cast": cast.templateValue,
            "claims": claims.templateValue, "figures": figures.templateValue, "sources": sources.templateValue,
            "hasJudgments": hasJudgments.templateValue, "hasCast": hasCast.templateValue,
            "hasClaims": hasClaims.templateValue, "hasFigures": hasFigures.templateValue,
            "hasSources": hasSources.templateValue,
        ])
    }
}

extension JudgmentView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields([
            "text": text.templateValue, "likelihood": likelihood?.templateValue,
            "confidence": confidence?.templateValue, "claims": claims.templateValue,
            "hasClaims": hasClaims.templateValue,
        ])
    }
}

extension CastRow: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields(["actor": actor.templateValue, "kind": kind?.templateValue, "role": role?.templateValue])
    }
}

extension BriefClaimView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields([
            "claim": claim.templateValue, "status": status.templateValue, "stances": stances.templateValue,
            "hasStances": hasStances.templateValue,
        ])
    }
}

extension ActorPage: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields([
            "layout": layout.templateValue, "name": name.templateValue, "kind": kind?.templateValue,
            "affiliation": affiliation?.templateValue, "country": country?.templateValue,
            "aliases": aliases?.templateValue, "bioHTML": bioHTML?.templateValue, "feed": feed?.templateValue,
            "roles": roles.templateValue, "stanceGroups": stanceGroups.templateValue,
            "figures": figures.templateValue, "briefs": briefs.templateValue, "backlinks": backlinks.templateValue,
            "hasRoles": hasRoles.templateValue, "hasStances": hasStances.templateValue,
            "hasFigures": hasFigures.templateValue, "hasBriefs": hasBriefs.templateValue,
            "hasBacklinks": hasBacklinks.templateValue,
        ])
    }
}

extension RoleRow: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields(("brief", brief.templateValue), ("date", date.templateValue), ("role", role.templateValue))
    }
}

extension StanceGroup: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields(("heading", heading.templateValue), ("stances", stances.templateValue))
    }
}

extension ClaimPage: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields([
            "layout": layout.templateValue, "text": text.templateValue, "status": status.templateValue,
            "feed": feed?.templateValue, "history": history.templateValue, "stances": stances.templateValue,
            "figures": figures.templateValue, "briefs": briefs.templateValue,
            "hasHistory": hasHistory.templateValue, "hasStances": hasStances.templateValue,
            "hasFigures": hasFigures.templateValue, "hasBriefs": hasBriefs.templateValue,
        ])
    }
}

extension StatusRow: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields(("date", date.templateValue), ("status", status.templateValue), ("brief", brief.templateValue))
    }
}

extension FigurePage: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields([
            "layout": layout.templateValue, "label": label.templateValue, "measureID": measureID.templateValue,
            "rows": rows.templateValue, "conflicts": conflicts.templateValue,
            "hasConflicts": hasConflicts.templateValue,
        ])
    }
}

// MARK: Pages that list the site

extension HomePage: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields([
            "layout": layout.templateValue, "siteTitle": siteTitle.templateValue,
            "siteDescription": siteDescription?.templateValue, "latest": latest.templateValue,
            "contested": contested.templateValue, "counts": counts.templateValue,
            "hasLatest": hasLatest.templateValue, "hasContested": hasContested.templateValue,
            "moreBriefs": moreBriefs.templateValue, "allBriefs": allBriefs.templateValue,
        ])
    }
}

extension CountView: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields(("number", number.templateValue), ("noun", noun.templateValue), ("href", href.templateValue))
    }
}

extension NotFoundPage: TemplateRepresentable {
    var templateValue: TemplateValue { .fields(("layout", layout.templateValue), ("home", home.templateValue)) }
}

extension SearchPage: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields([
            "layout": layout.templateValue, "root": root.templateValue, "indexScript": indexScript.templateValue,
            "searchScript": searchScript.templateValue, "indexPages": indexPages.templateValue,
        ])
    }
}

extension BriefListPage: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields(("layout", layout.templateValue), ("briefs", briefs.templateValue),
                ("hasBriefs", hasBriefs.templateValue))
    }
}

extension ActorListPage: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields(("layout", layout.templateValue), ("groups", groups.templateValue),
                ("hasGroups", hasGroups.templateValue))
    }
}

extension ActorGroup: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields(("heading", heading.templateValue), ("anchor", anchor.templateValue), ("actors", actors.templateValue))
    }
}

extension ActorItem: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields([
            "link": link.templateValue, "affiliation": affiliation?.templateValue,
            "country": country?.templateValue, "briefCount": briefCount.templateValue,
        ])
    }
}

extension ClaimListPage: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields(("layout", layout.templateValue), ("claims", claims.templateValue),
                ("hasClaims", hasClaims.templateValue))
    }
}

extension ClaimItem: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields(("link", link.templateValue), ("status", status.templateValue), ("counts", counts.templateValue))
    }
}

extension FigureListPage: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields([
            "layout": layout.templateValue, "measures": measures.templateValue,
            "hasMeasures": hasMeasures.templateValue,
        ])
    }
}

extension MeasureItem: TemplateRepresentable {
    var templateValue: TemplateValue {
        .fields([
            "link": link.templateValue, "count": count.templateValue, "latest": latest?.templateValue,
            "conflictNote": conflictNote?.templateValue,
        ])
    }
}
