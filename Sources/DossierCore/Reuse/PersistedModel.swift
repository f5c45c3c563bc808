/// How a parsed brief or profile is held in the parse cache: every field, in
/// declaration order. A field added to the model must be added here; the cache tests
/// compare a read-back parse with the original field by field.

extension SourceLocation: Persisted {
    func persist(to out: inout ByteWriter) {
        // Every location is in the file being read: its path is not repeated.
        if !isInFile(of: out.start) { out.isFaithful = false }
        out.int(0)
        out.int(line)
        out.int(column)
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        guard try input.int() == 0 else { throw ByteReader.Corrupt() }
        self = input.start.moved(line: try input.int(), column: try input.int())
    }
}

extension Located: Persisted where Value: Persisted {
    func persist(to out: inout ByteWriter) {
        value.persist(to: &out)
        location.persist(to: &out)
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        let value = try Value(from: &input)
        self.init(value, at: try SourceLocation(from: &input))
    }
}

// Dates as their numbers: read back as text, they were a twentieth of a rebuild.
extension Day: Persisted {
    func persist(to out: inout ByteWriter) {
        out.int(year)
        out.int(month)
        out.int(day)
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        guard let day = Day(year: try input.int(), month: try input.int(), day: try input.int()) else {
            throw ByteReader.Corrupt()
        }
        self = day
    }
}

extension AsOf: Persisted {
    func persist(to out: inout ByteWriter) {
        out.int(year)
        out.int(month)
        out.int(day ?? 0)
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        let (year, month, day) = (try input.int(), try input.int(), try input.int())
        guard let asOf = AsOf(year: year, month: month, day: day == 0 ? nil : day) else { throw ByteReader.Corrupt() }
        self = asOf
    }
}

extension Amount: Persisted {
    func persist(to out: inout ByteWriter) {
        switch self {
        case .value(let value): out.int(0); value.persist(to: &out)
        case .range(let min, let max): out.int(1); min.persist(to: &out); max.persist(to: &out)
        }
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        switch try input.int() {
        case 0: self = .value(try Double(from: &input))
        case 1: self = .range(min: try Double(from: &input), max: try Double(from: &input))
        default: throw ByteReader.Corrupt()
        }
    }
}

extension ActorKind: PersistedWord { static let words = allCases }
extension ClaimStatus: PersistedWord { static let words = allCases }
extension StanceKind: PersistedWord { static let words = allCases }
extension Qualifier: PersistedWord { static let words = allCases }
extension Likelihood: PersistedWord { static let words = allCases }
extension Confidence: PersistedWord { static let words = allCases }
extension SourceGrade: PersistedWord { static let words = allCases }
extension Reference.Kind: PersistedWord { static let words = allCases }

extension ActorIdentity: Persisted {
    func persist(to out: inout ByteWriter) {
        name.persist(to: &out); kind.persist(to: &out); affiliation.persist(to: &out)
        country.persist(to: &out); aliases.persist(to: &out)
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(name: try .init(from: &input), kind: try .init(from: &input), affiliation: try .init(from: &input),
                  country: try .init(from: &input), aliases: try .init(from: &input))
    }
}

extension ActorEntry: Persisted {
    func persist(to out: inout ByteWriter) {
        id.persist(to: &out); declares.persist(to: &out); identity.persist(to: &out); role.persist(to: &out)
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(id: try .init(from: &input), declares: try .init(from: &input), identity: try .init(from: &input),
                  role: try .init(from: &input))
    }
}

extension StanceEntry: Persisted {
    func persist(to out: inout ByteWriter) {
        location.persist(to: &out); actor.persist(to: &out); stance.persist(to: &out); date.persist(to: &out)
        quote.persist(to: &out); via.persist(to: &out); source.persist(to: &out)
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(location: try .init(from: &input), actor: try .init(from: &input), stance: try .init(from: &input),
                  date: try .init(from: &input), quote: try .init(from: &input), via: try .init(from: &input),
                  source: try .init(from: &input))
    }
}

extension ClaimEntry: Persisted {
    func persist(to out: inout ByteWriter) {
        id.persist(to: &out); declares.persist(to: &out); text.persist(to: &out); status.persist(to: &out)
        stances.persist(to: &out)
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(id: try .init(from: &input), declares: try .init(from: &input), text: try .init(from: &input),
                  status: try .init(from: &input), stances: try .init(from: &input))
    }
}

extension FigureEntry: Persisted {
    func persist(to out: inout ByteWriter) {
        location.persist(to: &out); measure.persist(to: &out); label.persist(to: &out); amount.persist(to: &out)
        unit.persist(to: &out); qualifier.persist(to: &out); asOf.persist(to: &out); statedBy.persist(to: &out)
        via.persist(to: &out); source.persist(to: &out); claim.persist(to: &out)
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(location: try .init(from: &input), measure: try .init(from: &input), label: try .init(from: &input),
                  amount: try .init(from: &input), unit: try .init(from: &input), qualifier: try .init(from: &input),
                  asOf: try .init(from: &input), statedBy: try .init(from: &input), via: try .init(from: &input),
                  source: try .init(from: &input), claim: try .init(from: &input))
    }
}

extension SourceEntry: Persisted {
    func persist(to out: inout ByteWriter) {
        id.persist(to: &out); declares.persist(to: &out); title.persist(to: &out); publisher.persist(to: &out)
        url.persist(to: &out); date.persist(to: &out); grade.persist(to: &out)
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(id: try .init(from: &input), declares: try .init(from: &input), title: try .init(from: &input),
                  publisher: try .init(from: &input), url: try .init(from: &input), date: try .init(from: &input),
                  grade: try .init(from: &input))
    }
}

extension JudgmentEntry: Persisted {
    func persist(to out: inout ByteWriter) {
        location.persist(to: &out); text.persist(to: &out); likelihood.persist(to: &out)
        confidence.persist(to: &out); claims.persist(to: &out)
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(location: try .init(from: &input), text: try .init(from: &input), likelihood: try .init(from: &input),
                  confidence: try .init(from: &input), claims: try .init(from: &input))
    }
}

extension BriefFrontMatter: Persisted {
    func persist(to out: inout ByteWriter) {
        title.persist(to: &out); date.persist(to: &out); updated.persist(to: &out); summary.persist(to: &out)
        draft.persist(to: &out); judgments.persist(to: &out); actors.persist(to: &out); claims.persist(to: &out)
        figures.persist(to: &out); sources.persist(to: &out)
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(title: try .init(from: &input), date: try .init(from: &input), updated: try .init(from: &input),
                  summary: try .init(from: &input), draft: try .init(from: &input), judgments: try .init(from: &input),
                  actors: try .init(from: &input), claims: try .init(from: &input), figures: try .init(from: &input),
                  sources: try .init(from: &input))
    }
}

extension Reference: Persisted {
    func persist(to out: inout ByteWriter) {
        kind.persist(to: &out); target.persist(to: &out); hasNoText.persist(to: &out); location.persist(to: &out)
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(kind: try .init(from: &input), target: try .init(from: &input), hasNoText: try .init(from: &input),
                  location: try .init(from: &input))
    }
}

/// A body is held as where its text is in the file (its text is read again to render);
/// only a body whose text was let go can be held.
extension Body: Persisted {
    func persist(to out: inout ByteWriter) {
        if stored == nil || !markdown.isEmpty || path != out.path { out.isFaithful = false }
        out.int(firstLine)
        stored?.offset.persist(to: &out)
        stored?.length.persist(to: &out)
        stored?.checksum.persist(to: &out)
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(markdown: "", firstLine: try input.int(), path: input.path)
        stored = StoredText(file: input.location, offset: try input.int(), length: try input.int(),
                            checksum: try UInt64(from: &input))
    }
}

extension EntityName: Persisted {
    func persist(to out: inout ByteWriter) { kind.persist(to: &out); id.persist(to: &out) }
    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(kind: try .init(from: &input), id: try .init(from: &input))
    }
}

extension ContentRecord: Persisted {
    func persist(to out: inout ByteWriter) { digest.value.persist(to: &out); names.persist(to: &out) }
    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(path: input.path, digest: ContentDigest(value: try UInt64(from: &input)), names: try .init(from: &input))
    }
}

extension ParsedBrief: Persisted {
    func persist(to out: inout ByteWriter) {
        slug.persist(to: &out); front.persist(to: &out); body.persist(to: &out)
        references.persist(to: &out); record.persist(to: &out)
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(path: input.path, slug: try .init(from: &input), front: try .init(from: &input), body: try .init(from: &input),
                  references: try .init(from: &input), record: try .init(from: &input))
    }
}

extension ParsedProfile: Persisted {
    func persist(to out: inout ByteWriter) {
        id.persist(to: &out); identity.persist(to: &out); bio.persist(to: &out)
        references.persist(to: &out); record.persist(to: &out)
    }

    init(from input: inout ByteReader) throws(ByteReader.Corrupt) {
        self.init(path: input.path, id: try .init(from: &input), identity: try .init(from: &input), bio: try .init(from: &input),
                  references: try .init(from: &input), record: try .init(from: &input))
    }
}
