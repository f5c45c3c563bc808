/// What front-matter declares, value by value with the place each was written.
/// The front-matter stage fills these in; the graph stage links them.

/// The fields that make an actor who it is. Wherever given, they must agree.
struct ActorIdentity: Sendable {
    var name: Located<String>?
    var kind: Located<ActorKind>?
    var affiliation: Located<String>?
    var country: Located<String>?
    var aliases: Located<[String]>?
}

struct ActorEntry: Sendable {
    var id: Located<String>
    /// A mapping with fields besides `id` declares the actor; a bare id only uses it.
    var declares = false
    var identity = ActorIdentity()
    var role: Located<String>?
}

struct StanceEntry: Sendable {
    var location: SourceLocation
    var actor: Located<String>?
    var stance: Located<StanceKind>?
    var date: Located<Day>?
    var quote: Located<String>?
    var via: Located<String>?
    var source: Located<String>?
}

struct ClaimEntry: Sendable {
    var id: Located<String>
    var declares = false
    var text: Located<String>?
    var status: Located<ClaimStatus>?
    var stances: [StanceEntry] = []
}

/// A figure's number: one value, or a range from min to max.
public enum Amount: Sendable, Hashable {
    case value(Double)
    case range(min: Double, max: Double)
}

struct FigureEntry: Sendable {
    var location: SourceLocation
    var measure: Located<String>?
    var label: Located<String>?
    var amount: Amount?
    var unit: Located<String>?
    var qualifier: Located<Qualifier>?
    var asOf: Located<AsOf>?
    var statedBy: Located<String>?
    var via: Located<String>?
    var source: Located<String>?
    var claim: Located<String>?
}

struct SourceEntry: Sendable {
    var id: Located<String>
    var declares = false
    var title: Located<String>?
    var publisher: Located<String>?
    var url: Located<String>?
    var date: Located<Day>?
    var grade: Located<SourceGrade>?
}

struct JudgmentEntry: Sendable {
    var location: SourceLocation
    var text: Located<String>?
    var likelihood: Located<Likelihood>?
    var confidence: Located<Confidence>?
    var claims: [Located<String>] = []
}

/// A brief's front-matter.
struct BriefFrontMatter: Sendable {
    var title: Located<String>?
    var date: Located<Day>?
    var updated: Located<Day>?
    var summary: Located<String>?
    var draft = false
    var judgments: [JudgmentEntry] = []
    var actors: [ActorEntry] = []
    var claims: [ClaimEntry] = []
    var figures: [FigureEntry] = []
    var sources: [SourceEntry] = []
}

/// A reference in a body: `[text](actor:ID)` and its kin.
public struct Reference: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable, Hashable {
        case actor, claim, figure, brief, source
    }
    public var kind: Kind
    public var target: String
    public var hasNoText: Bool
    public var location: SourceLocation
}

/// A Markdown body and where its first line stands in its file. Once the body's
/// references are found its text is not kept: rendering reads it again from the file
/// (`BodyText.read`), checked against its length and checksum, so 10,000 bodies are
/// never held in memory at once.
public struct Body: Sendable {
    public var markdown: String
    /// The file's line number of the body's line 1.
    public var firstLine: Int
    /// The path of the file, relative to the site root.
    public var path: String
    /// Where the text is when `markdown` has been let go.
    var stored: StoredText?

    init(markdown: String, firstLine: Int, path: String) {
        self.markdown = markdown
        self.firstLine = firstLine
        self.path = path
    }
}

/// Where a text stands in a file, and how to know it is still the same text.
struct StoredText: Sendable, Hashable {
    var file: String
    var offset: Int
    var length: Int
    var checksum: UInt64
}

/// A brief file, read and parsed, not yet linked.
struct ParsedBrief: Sendable {
    var path: String
    var slug: String
    var front: BriefFrontMatter
    var body: Body
    var references: [Reference]
    var record: ContentRecord
}

/// An actor profile, `Content/actors/<id>.md`, read and parsed.
struct ParsedProfile: Sendable {
    var path: String
    var id: String
    var identity: ActorIdentity
    var bio: Body
    var references: [Reference]
    var record: ContentRecord
}
