/// A piece of text that links somewhere, or plain text when there is nowhere to link.
/// Rendered by the `link` partial.
struct LinkView: Sendable, Encodable, Hashable {
    /// Its four fields, or, for a link many pages show (`LinkCache`), the template value
    /// made of them once: a copy of the link is then one reference kept, not two texts.
    private let storage: Storage

    private enum Storage: @unchecked Sendable {
        case parts(text: String, href: String, linked: Bool, external: Bool)
        /// Only read once made; a link made for one thread's pages stays with that thread.
        case made(TemplateValue)
    }

    init(text: String, href: String, external: Bool = false) {
        storage = .parts(text: text, href: href, linked: true, external: external)
    }

    init(external text: String, url: String?) {
        storage = .parts(text: text, href: url ?? "", linked: url != nil, external: url != nil)
    }

    static func plain(_ text: String) -> LinkView { LinkView(external: text, url: nil) }

    var text: String { parts.text }
    var href: String { parts.href }
    /// False when there is no page or URL to link to: the text is shown alone.
    var linked: Bool { parts.linked }
    /// An external URL (a source's): gets `rel="noopener"`.
    var external: Bool { parts.external }

    private var parts: (text: String, href: String, linked: Bool, external: Bool) {
        switch storage {
        case let .parts(text, href, linked, external): return (text, href, linked, external)
        case .made(let value):
            func field<T>(_ name: String, _ read: (TemplateValue) -> T?, _ absent: T) -> T {
                value.child(name).flatMap(read) ?? absent
            }
            return (field("text", { if case .text(let text) = $0 { text } else { nil } }, ""),
                    field("href", { if case .text(let href) = $0 { href } else { nil } }, ""),
                    field("linked", { if case .flag(let flag) = $0 { flag } else { nil } }, false),
                    field("external", { if case .flag(let flag) = $0 { flag } else { nil } }, false))
        }
    }

    /// The same link, its template value made once for all the pages that show it.
    func madeOnce() -> LinkView { LinkView(storage: .made(templateValue)) }

    private init(storage: Storage) { self.storage = storage }

    var templateValue: TemplateValue {
        switch storage {
        case let .parts(text, href, linked, external):
            .fields(("text", text.templateValue), ("href", href.templateValue), ("linked", linked.templateValue),
                    ("external", external.templateValue))
        case .made(let value): value
        }
    }

    private enum CodingKeys: CodingKey { case text, href, linked, external }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let parts = parts
        try container.encode(parts.text, forKey: .text)
        try container.encode(parts.href, forKey: .href)
        try container.encode(parts.linked, forKey: .linked)
        try container.encode(parts.external, forKey: .external)
    }

    static func == (a: LinkView, b: LinkView) -> Bool {
        a.parts == b.parts
    }

    func hash(into hasher: inout Hasher) {
        let parts = parts
        hasher.combine(parts.text)
        hasher.combine(parts.href)
        hasher.combine(parts.linked)
        hasher.combine(parts.external)
    }
}

/// A status, stance, likelihood, confidence or grade, shown as a word in a labelled
/// badge: the word carries the meaning, the colour (from `tone`) only repeats it.
struct Badge: Sendable, Encodable, Hashable {
    /// What the word is: "Status", "Stance", …; read out before the word, and shown where asked.
    var label: String
    var text: String
    /// A CSS class suffix: `badge-status-contested`.
    var tone: String

    static func status(_ status: ClaimStatus) -> Badge {
        Badge(label: "Status", text: status.words, tone: "status-\(status.rawValue)")
    }
    static func stance(_ stance: StanceKind) -> Badge {
        Badge(label: "Stance", text: stance.words, tone: "stance-\(stance.rawValue)")
    }
    static func likelihood(_ value: Likelihood) -> Badge {
        Badge(label: "Likelihood", text: value.words, tone: "likelihood-\(value.rawValue)")
    }
    static func confidence(_ value: Confidence) -> Badge {
        Badge(label: "Confidence", text: value.words, tone: "confidence-\(value.rawValue)")
    }
    static func grade(_ grade: SourceGrade) -> Badge {
        Badge(label: "Source reliability", text: "grade \(grade.rawValue)", tone: "grade-\(grade.rawValue.lowercased())")
    }
}

/// A date for a `<time>` element: machine form and the words people read.
struct DateView: Sendable, Encodable, Hashable {
    var iso: String
    var text: String

    init(_ day: Day) { (iso, text) = (day.description, day.longForm) }
    init(_ asOf: AsOf) { (iso, text) = (asOf.description, asOf.longForm) }
    /// A stance given without a date: it was reported by the brief's date.
    static func undated(reportedOn day: Day) -> DateView {
        var view = DateView(day)
        view.text = "undated (reported \(day.longForm))"
        return view
    }
}
