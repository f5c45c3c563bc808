/// A piece of text that links somewhere, or plain text when there is nowhere to link.
/// Rendered by the `link` partial.
struct LinkView: Sendable, Encodable, Hashable {
    var text: String
    var href: String
    /// False when there is no page or URL to link to: the text is shown alone.
    var linked: Bool
    /// An external URL (a source's): gets `rel="noopener"`.
    var external: Bool

    init(text: String, href: String) {
        (self.text, self.href, linked, external) = (text, href, true, false)
    }

    init(external text: String, url: String?) {
        (self.text, href, linked, external) = (text, url ?? "", url != nil, url != nil)
    }

    static func plain(_ text: String) -> LinkView { LinkView(external: text, url: nil) }
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
