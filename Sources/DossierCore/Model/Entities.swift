/// The linked site: what the graph stage makes of the briefs and profiles.

public struct Actor: Sendable, Identifiable {
    public let id: String
    public var name: String
    public var kind: ActorKind?
    public var affiliation: String?
    public var country: String?
    public var aliases: [String]
    /// The profile's Markdown, if the actor has a profile.
    public var bio: Body?
    public var bioReferences: [Reference]
}

public struct Claim: Sendable, Identifiable {
    public let id: String
    public var text: String
    /// Every status a brief gave, oldest first.
    public var history: [StatusReport]
    /// Every stance, oldest first.
    public var stances: [Stance]

    /// The latest status given, or `unverified` when no brief gave one.
    public var status: ClaimStatus { history.last?.status ?? .unverified }
}

public struct StatusReport: Sendable, Hashable {
    public var status: ClaimStatus
    public var date: Day
    public var brief: String
}

public struct Stance: Sendable, Hashable {
    public var claim: String
    public var actor: String
    public var kind: StanceKind
    /// The date given, or the brief's date when none was: see `isDated`.
    public var date: Day
    /// False when the editor gave no date and `date` is the brief's.
    public var isDated: Bool
    public var quote: String?
    public var via: String?
    public var source: String?
    public var brief: String
    /// Its place among the brief's stances, to keep the editor's order on one date.
    public var order: Int
}

public struct Figure: Sendable, Hashable {
    public var measure: String
    public var amount: Amount
    public var unit: String?
    public var qualifier: Qualifier
    public var asOf: AsOf
    public var statedBy: String?
    public var via: String?
    public var source: String?
    public var claim: String?
    public var brief: String
}

public struct Measure: Sendable, Identifiable {
    public let id: String
    public var label: String?
    /// Every figure for this measure, by as-of date then brief.
    public var figures: [Figure]
    /// Pairs of figures (indices into `figures`) that cannot both be true.
    public var conflicts: [FigureConflict]
}

public struct FigureConflict: Sendable, Hashable {
    public var first: Int
    public var second: Int
}

public struct Source: Sendable, Identifiable {
    public let id: String
    public var title: String?
    public var publisher: String?
    public var url: String?
    public var date: Day?
    public var grade: SourceGrade?

    /// What a link to the source says: its title, else its publisher, else its id.
    public var displayTitle: String { title ?? publisher ?? id }
}

public struct Judgment: Sendable {
    public var text: String
    public var likelihood: Likelihood?
    public var confidence: Confidence?
    public var claims: [String]
}

/// An actor as a brief lists it, with the role it had then.
public struct CastMember: Sendable, Hashable {
    public var actor: String
    public var role: String?
}

/// A claim as a brief discusses it: its status as of the brief and the stances reported.
public struct BriefClaim: Sendable {
    public var claim: String
    public var status: ClaimStatus?
    public var stances: [Stance]
}

public struct Brief: Sendable, Identifiable {
    public var id: String { slug }
    public let slug: String
    public var path: String
    public var title: String
    public var date: Day
    public var updated: Day?
    public var summary: String?
    public var draft: Bool
    public var judgments: [Judgment]
    public var cast: [CastMember]
    public var claims: [BriefClaim]
    public var figures: [Figure]
    public var sources: [String]
    public var body: Body
    public var references: [Reference]
}
