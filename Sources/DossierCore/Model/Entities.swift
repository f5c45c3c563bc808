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
    /// How many of the stances deny or dispute the claim: what the home page ranks
    /// claims by and the claims list shows.
    public var opposition: Int { stances.count { $0.kind == .denies || $0.kind == .disputes } }

    /// The latest status given, or `unverified` when no brief gave one.
    public var status: ClaimStatus { history.last?.status ?? .unverified }
}

public struct StatusReport: Sendable, Hashable {
    public var status: ClaimStatus
    public var date: Day
    public var brief: String
}

/// What an actor said of a claim. A stance is shown on its brief's, its claim's and its
/// actor's pages, so it is held once and shared (a class, never changed once made):
/// three copies of ten fields each were the largest part of a big site's memory.
public final class Stance: Sendable, Hashable {
    public let claim: String
    public let actor: String
    public let kind: StanceKind
    /// The date given, or the brief's date when none was: see `isDated`.
    public let date: Day
    /// False when the editor gave no date and `date` is the brief's.
    public let isDated: Bool
    public let quote: String?
    public let via: String?
    public let source: String?
    public let brief: String
    /// Its place among the brief's stances, to keep the editor's order on one date.
    public let order: Int

    public init(claim: String, actor: String, kind: StanceKind, date: Day, isDated: Bool,
                quote: String?, via: String?, source: String?, brief: String, order: Int) {
        (self.claim, self.actor, self.kind, self.date, self.isDated) = (claim, actor, kind, date, isDated)
        (self.quote, self.via, self.source, self.brief, self.order) = (quote, via, source, brief, order)
    }

    public static func == (a: Stance, b: Stance) -> Bool {
        a === b || (a.claim == b.claim && a.actor == b.actor && a.kind == b.kind && a.date == b.date
            && a.isDated == b.isDated && a.quote == b.quote && a.via == b.via && a.source == b.source
            && a.brief == b.brief && a.order == b.order)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(claim)
        hasher.combine(actor)
        hasher.combine(brief)
        hasher.combine(order)
    }
}

/// A reported number. Shared like a stance: it appears on its brief's, its measure's,
/// its actor's and its claim's pages.
public final class Figure: Sendable, Hashable {
    public let measure: String
    public let amount: Amount
    public let unit: String?
    public let qualifier: Qualifier
    public let asOf: AsOf
    public let statedBy: String?
    public let via: String?
    public let source: String?
    public let claim: String?
    public let brief: String

    public init(measure: String, amount: Amount, unit: String?, qualifier: Qualifier, asOf: AsOf,
                statedBy: String?, via: String?, source: String?, claim: String?, brief: String) {
        (self.measure, self.amount, self.unit, self.qualifier, self.asOf) = (measure, amount, unit, qualifier, asOf)
        (self.statedBy, self.via, self.source, self.claim, self.brief) = (statedBy, via, source, claim, brief)
    }

    public static func == (a: Figure, b: Figure) -> Bool {
        a === b || (a.measure == b.measure && a.amount == b.amount && a.unit == b.unit && a.qualifier == b.qualifier
            && a.asOf == b.asOf && a.statedBy == b.statedBy && a.via == b.via && a.source == b.source
            && a.claim == b.claim && a.brief == b.brief)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(measure)
        hasher.combine(amount)
        hasher.combine(brief)
        hasher.combine(statedBy)
    }
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
