/// The closed vocabularies of the brief format. Raw values are what editors write.

public enum ActorKind: String, Sendable, CaseIterable, Hashable {
    case person, state, government, military, intelligence
    case armedGroup = "armed-group"
    case party, igo, ngo, media, company, other

    /// A person is shown as a person; everything else is an organisation.
    public var isPerson: Bool { self == .person }
}

public enum ClaimStatus: String, Sendable, CaseIterable, Hashable {
    case unverified, reported, corroborated, confirmed, contested, refuted, superseded

    /// A status that settles the claim either way (a verdict).
    public var isVerdict: Bool { [.confirmed, .refuted].contains(self) }
}

public enum StanceKind: String, Sendable, CaseIterable, Hashable {
    case asserts, denies, disputes, declines, retracts
}

public enum Qualifier: String, Sendable, CaseIterable, Hashable {
    case exact, about
    case atLeast = "at-least"
    case moreThan = "more-than"
    case upTo = "up-to"
    case fewerThan = "fewer-than"
    case range
}

public enum Likelihood: String, Sendable, CaseIterable, Hashable {
    case almostNoChance = "almost-no-chance"
    case veryUnlikely = "very-unlikely"
    case unlikely
    case roughlyEvenChance = "roughly-even-chance"
    case likely
    case veryLikely = "very-likely"
    case almostCertain = "almost-certain"
}

public enum Confidence: String, Sendable, CaseIterable, Hashable {
    case low, moderate, high
}

public enum SourceGrade: String, Sendable, CaseIterable, Hashable {
    case a = "A", b = "B", c = "C", d = "D", e = "E", f = "F"
}

extension RawRepresentable where RawValue == String {
    /// The words an editor sees: "armed-group" becomes "armed group".
    /// (Not through Foundation's `replacingOccurrences`: pages ask for these words
    /// hundreds of thousands of times.)
    public var words: String {
        guard rawValue.utf8.contains(UInt8(ascii: "-")) else { return rawValue }
        return String(decoding: rawValue.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }
}
