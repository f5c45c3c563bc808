/// The open data in `data/`: the whole graph as `graph.json` (format `dossier-graph`,
/// version 1, documented in docs/open-data.md) and every figure as `figures.csv`.
/// Every list is sorted; a field without a value is `null` in JSON and empty in CSV.
/// The JSON is on one line: on 10,000 briefs indentation would add half again to its size.
enum OpenData {
    static let format = "dossier-graph"
    static let version = 1

    /// Written a record at a time straight into bytes (`JSONBytes`, each object's keys
    /// in byte order), so that the graph is never held as one tree of JSON values. Handed
    /// to `emit` in pieces of about 64 KiB: on 100,000 briefs the file is hundreds of
    /// megabytes, never held whole.
    ///
    /// With the keys of the entity pages, each entity's records are noted in `splice`
    /// under its page's key, and copied from the last build's file when it holds them
    /// under the same key (`RecordTable`): a rebuild after one edit writes a few records
    /// afresh, not 130,000.
    static func graphJSON(_ graph: SiteGraph, keys: RecordKeys? = nil, splice: RecordSplice? = nil,
                          emit: ([UInt8]) -> Void) {
        let actors = graph.actors.keys.sorted(), claims = graph.claims.keys.sorted()
        let measures = graph.measures.keys.sorted(), sources = graph.sources.keys.sorted()
        let keys = keys.flatMap { $0.fits(briefs: graph.briefs.count, actors: actors.count, claims: claims.count,
                                          measures: measures.count) ? $0 : nil }
        let last = keys == nil ? nil : splice.flatMap { LastRecords(path: $0.lastFile, table: $0.last) }
        var ranges: [ContentDigest: Range<Int>] = [:], reused = 0
        // One record range per entity of each list the keys cover (briefs, actors, claims
        // twice, measures twice): grown as they came, the table was rehashed a dozen times.
        if let keys { ranges.reserveCapacity(keys.briefs.count + keys.actors.count + 2 * (keys.claims.count + keys.measures.count)) }
        var json = JSONBytes(capacity: 80_000)
        func list<S: Sequence>(_ name: StaticString, _ records: S, _ write: (inout JSONBytes, S.Element) -> Void) {
            json.key(name)
            json.beginArray()
            for record in records {
                write(&json, record)
                json.flush(atLeast: 65_536, to: emit)
            }
            json.endArray()
        }
        // The records of each entity (none, one or several), under its page's key and
        // the list's number; `recordKeys` are the keys in the order of `entities`. An
        // entity whose records are copied is not even looked up: the same key, the same
        // records.
        func records<C: Collection>(_ name: StaticString, _ number: UInt64, _ entities: C, _ recordKeys: [ContentDigest]?,
                                    skipping isEmpty: (C.Element) -> Bool = { _ in false },
                                    _ write: (inout JSONBytes, C.Element) -> Void) where C.Index == Int {
            json.key(name)
            json.beginArray()
            for index in entities.indices {
                if let recordKeys {
                    var key = recordKeys[index]
                    key.add(number)
                    var range: Range<Int>?
                    if last?.withRecord(key, { range = json.run(copying: $0) }) == true {
                        reused += 1
                    } else {
                        let entity = entities[index]
                        if isEmpty(entity) { continue }
                        range = json.run { write(&$0, entity) }
                    }
                    ranges[key] = range
                } else {
                    let entity = entities[index]
                    if isEmpty(entity) { continue }
                    write(&json, entity)
                }
                json.flush(atLeast: 65_536, to: emit)
            }
            json.endArray()
        }
        json.beginObject()
        records("actors", 1, actors.lazy.map { graph.actors[$0]! }, keys?.actors, actor)
        records("briefs", 2, graph.briefs, keys?.briefs, brief)
        records("claims", 3, claims.lazy.map { graph.claims[$0]! }, keys?.claims, claim)
        records("figures", 4, measures.lazy.map { graph.measures[$0]!.figures }, keys?.measures,
                skipping: { $0.isEmpty }) { json, figures in for each in figures { figure(&json, each) } }
        json.key("format")
        json.string(format)
        records("measures", 5, measures.lazy.map { graph.measures[$0]! }, keys?.measures, measure)
        json.key("site")
        site(&json, graph.settings)
        list("sources", sources.lazy.map { graph.sources[$0]! }, source)
        records("stances", 6, claims.lazy.map { graph.claims[$0]!.stances }, keys?.claims,
                skipping: { $0.isEmpty }) { json, stances in for each in stances { stance(&json, each) } }
        json.key("version")
        json.number(Double(version))
        json.endObject()
        json.flush(atLeast: 1, to: emit)
        emit([0x0A])
        if keys != nil { splice?.record(ranges, reused: reused) }
    }

    /// The keys of the entity pages by kind, in the order `graph.json` lists the
    /// entities: the briefs as the graph holds them, the others by id.
    struct RecordKeys: Sendable {
        var briefs: [ContentDigest] = [], actors: [ContentDigest] = []
        var claims: [ContentDigest] = [], measures: [ContentDigest] = []

        mutating func append(_ key: ContentDigest, of kind: Reference.Kind) {
            switch kind {
            case .brief: briefs.append(key)
            case .actor: actors.append(key)
            case .claim: claims.append(key)
            case .figure: measures.append(key)
            case .source: break
            }
        }

        func fits(briefs: Int, actors: Int, claims: Int, measures: Int) -> Bool {
            (self.briefs.count, self.actors.count, self.claims.count, self.measures.count) == (briefs, actors, claims, measures)
        }
    }

    // Each record's keys below are in byte order.

    private static func site(_ json: inout JSONBytes, _ site: SiteSettings) {
        json.object { json in
            json.key("base_url"); json.string(site.baseURL)
            json.key("description"); json.string(site.description)
            json.key("language"); json.string(site.language)
            json.key("title"); json.string(site.title)
        }
    }

    private static func actor(_ json: inout JSONBytes, _ actor: Actor) {
        json.object { json in
            json.key("affiliation"); json.string(actor.affiliation)
            json.key("aliases"); json.strings(actor.aliases)
            json.key("country"); json.string(actor.country)
            json.key("id"); json.string(actor.id)
            json.key("kind"); json.string(actor.kind)
            json.key("name"); json.string(actor.name)
            json.key("page"); json.string(SitePath.actor(actor.id))
        }
    }

    private static func claim(_ json: inout JSONBytes, _ claim: Claim) {
        json.object { json in
            json.key("history")
            json.array(claim.history) { json, report in
                json.object { json in
                    json.key("brief"); json.string(report.brief)
                    json.key("date"); json.day(report.date)
                    json.key("status"); json.string(report.status.rawValue)
                }
            }
            json.key("id"); json.string(claim.id)
            json.key("page"); json.string(SitePath.claim(claim.id))
            json.key("status"); json.string(claim.status.rawValue)
            json.key("text"); json.string(claim.text)
        }
    }

    private static func stance(_ json: inout JSONBytes, _ stance: Stance) {
        json.object { json in
            json.key("actor"); json.string(stance.actor)
            json.key("brief"); json.string(stance.brief)
            json.key("claim"); json.string(stance.claim)
            json.key("date"); json.day(stance.date)
            json.key("quote"); json.string(stance.quote)
            json.key("source"); json.string(stance.source)
            json.key("stance"); json.string(stance.kind.rawValue)
            json.key("via"); json.string(stance.via)
        }
    }

    private static func measure(_ json: inout JSONBytes, _ measure: Measure) {
        json.object { json in
            json.key("conflicts")
            json.array(measure.conflicts) { json, pair in
                json.array { json in
                    json.number(Double(pair.first))
                    json.number(Double(pair.second))
                }
            }
            json.key("id"); json.string(measure.id)
            json.key("label"); json.string(measure.label)
            json.key("page"); json.string(SitePath.measure(measure.id))
        }
    }

    private static func figure(_ json: inout JSONBytes, _ figure: Figure) {
        let (value, min, max) = figure.amount.parts
        json.object { json in
            json.key("as_of"); json.string(figure.asOf.description)
            json.key("brief"); json.string(figure.brief)
            json.key("claim"); json.string(figure.claim)
            json.key("max"); json.number(max)
            json.key("measure"); json.string(figure.measure)
            json.key("min"); json.number(min)
            json.key("qualifier"); json.string(figure.qualifier.rawValue)
            json.key("source"); json.string(figure.source)
            json.key("stated_by"); json.string(figure.statedBy)
            json.key("unit"); json.string(figure.unit)
            json.key("value"); json.number(value)
            json.key("via"); json.string(figure.via)
        }
    }

    private static func source(_ json: inout JSONBytes, _ source: Source) {
        json.object { json in
            json.key("date"); json.day(source.date)
            json.key("grade"); json.string(source.grade)
            json.key("id"); json.string(source.id)
            json.key("publisher"); json.string(source.publisher)
            json.key("title"); json.string(source.title)
            json.key("url"); json.string(source.url)
        }
    }

    private static func brief(_ json: inout JSONBytes, _ brief: Brief) {
        json.object { json in
            json.key("actors")
            json.array(brief.cast) { json, member in
                json.object { json in
                    json.key("actor"); json.string(member.actor)
                    json.key("role"); json.string(member.role)
                }
            }
            json.key("claims")
            json.array(brief.claims) { json, use in
                json.object { json in
                    json.key("claim"); json.string(use.claim)
                    json.key("status"); json.string(use.status)
                }
            }
            json.key("date"); json.day(brief.date)
            json.key("judgments")
            json.array(brief.judgments) { json, judgment in
                json.object { json in
                    json.key("claims"); json.strings(judgment.claims)
                    json.key("confidence"); json.string(judgment.confidence)
                    json.key("likelihood"); json.string(judgment.likelihood)
                    json.key("text"); json.string(judgment.text)
                }
            }
            json.key("page"); json.string(SitePath.brief(brief.slug))
            json.key("slug"); json.string(brief.slug)
            json.key("sources"); json.strings(brief.sources)
            json.key("summary"); json.string(brief.summary)
            json.key("title"); json.string(brief.title)
            json.key("updated"); json.day(brief.updated)
        }
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
