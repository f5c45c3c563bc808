/// The open data in `data/`: the whole graph as `graph.json` (format `dossier-graph`,
/// version 1, documented in docs/open-data.md) and every figure as `figures.csv`.
/// Every list is sorted; a field without a value is `null` in JSON and empty in CSV.
/// The JSON is on one line: on 10,000 briefs indentation would add half again to its size.
enum OpenData {
    static let format = "dossier-graph"
    static let version = 1

    /// Written a record at a time, so that the whole graph is never held as one tree
    /// of JSON values (on 10,000 briefs that tree was a third of the build's memory).
    /// Handed to `emit` in pieces of about 64 KiB: on 100,000 briefs the file is
    /// hundreds of megabytes, never held whole.
    static func graphJSON(_ graph: SiteGraph, emit: ([UInt8]) -> Void) {
        let site = graph.settings
        let actors = graph.actors.keys.sorted(), claims = graph.claims.keys.sorted()
        let measures = graph.measures.keys.sorted(), sources = graph.sources.keys.sorted()
        JSONValue.streamedObject([
            "format": .value(.string(format)),
            "version": .value(.number(Double(version))),
            "site": .value(.object(["title": .string(site.title), "description": optional(site.description),
                                    "base_url": optional(site.baseURL), "language": .string(site.language)])),
            "actors": .items(actors.lazy.map { actor(graph.actors[$0]!) }),
            "claims": .items(claims.lazy.map { claim(graph.claims[$0]!) }),
            "stances": .items(claims.lazy.flatMap { graph.claims[$0]!.stances.map(stance) }),
            "measures": .items(measures.lazy.map { measure(graph.measures[$0]!) }),
            "figures": .items(measures.lazy.flatMap { graph.measures[$0]!.figures.map(figure) }),
            "sources": .items(sources.lazy.map { source(graph.sources[$0]!) }),
            "briefs": .items(graph.briefs.lazy.map(brief)),
        ], emit: emit)
        emit(Array("\n".utf8))
    }

    static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
    static func optional(_ day: Day?) -> JSONValue { optional(day?.description) }
    static func optional(_ number: Double?) -> JSONValue { number.map(JSONValue.number) ?? .null }
    static func optional<T: RawRepresentable<String>>(_ value: T?) -> JSONValue { optional(value?.rawValue) }

    private static func actor(_ actor: Actor) -> JSONValue {
        .object(["id": .string(actor.id), "name": .string(actor.name), "kind": optional(actor.kind),
                 "affiliation": optional(actor.affiliation), "country": optional(actor.country),
                 "aliases": .strings(actor.aliases), "page": .string(SitePath.actor(actor.id))])
    }

    private static func claim(_ claim: Claim) -> JSONValue {
        let history = claim.history.map { report -> JSONValue in
            .object(["status": .string(report.status.rawValue), "date": .string(report.date.description),
                     "brief": .string(report.brief)])
        }
        return .object(["id": .string(claim.id), "text": .string(claim.text), "status": .string(claim.status.rawValue),
                        "history": .array(history), "page": .string(SitePath.claim(claim.id))])
    }

    private static func stance(_ stance: Stance) -> JSONValue {
        .object(["claim": .string(stance.claim), "actor": .string(stance.actor), "stance": .string(stance.kind.rawValue),
                 "date": .string(stance.date.description), "quote": optional(stance.quote), "via": optional(stance.via),
                 "source": optional(stance.source), "brief": .string(stance.brief)])
    }

    private static func measure(_ measure: Measure) -> JSONValue {
        let conflicts = measure.conflicts.map { JSONValue.array([.number(Double($0.first)), .number(Double($0.second))]) }
        return .object(["id": .string(measure.id), "label": optional(measure.label),
                        "page": .string(SitePath.measure(measure.id)), "conflicts": .array(conflicts)])
    }

    private static func figure(_ figure: Figure) -> JSONValue {
        let (value, min, max) = figure.amount.parts
        return .object(["measure": .string(figure.measure), "value": optional(value), "min": optional(min),
                        "max": optional(max), "unit": optional(figure.unit), "qualifier": .string(figure.qualifier.rawValue),
                        "as_of": .string(figure.asOf.description), "stated_by": optional(figure.statedBy),
                        "via": optional(figure.via), "source": optional(figure.source), "claim": optional(figure.claim),
                        "brief": .string(figure.brief)])
    }

    private static func source(_ source: Source) -> JSONValue {
        .object(["id": .string(source.id), "title": optional(source.title), "publisher": optional(source.publisher),
                 "url": optional(source.url), "date": optional(source.date), "grade": optional(source.grade)])
    }

    private static func brief(_ brief: Brief) -> JSONValue {
        let cast = brief.cast.map { JSONValue.object(["actor": .string($0.actor), "role": optional($0.role)]) }
        let claims = brief.claims.map { JSONValue.object(["claim": .string($0.claim), "status": optional($0.status)]) }
        let judgments = brief.judgments.map {
            JSONValue.object(["text": .string($0.text), "likelihood": optional($0.likelihood),
                              "confidence": optional($0.confidence), "claims": .strings($0.claims)])
        }
        return .object(["slug": .string(brief.slug), "title": .string(brief.title), "date": .string(brief.date.description),
                        "updated": optional(brief.updated), "summary": optional(brief.summary),
                        "page": .string(SitePath.brief(brief.slug)), "actors": .array(cast), "claims": .array(claims),
                        "sources": .strings(brief.sources), "judgments": .array(judgments)])
    }
}

extension Amount {
    /// `(value, nil, nil)` for one value, `(nil, min, max)` for a range.
    var parts: (value: Double?, min: Double?, max: Double?) {
        switch self {
        case .value(let value): (value, nil, nil)
        case .range(let min, let max): (nil, min, max)
        }
    }
}
