/// What each field allows on its own but a brief cannot mean: warnings, since the
/// brief still builds, each at the value to look at.
extension FieldReader {
    /// A brief reports what was said and published before it: a stance or a source dated
    /// after the brief (after `updated`, when given) most likely has a mistyped year.
    func warnOfLaterDates(_ front: BriefFrontMatter) {
        guard let published = front.updated ?? front.date else { return }
        let field = front.updated == nil ? "date" : "updated"
        func check(_ date: Located<Day>?, _ what: String) {
            guard let date, date.value > published.value else { return }
            warning("'date' (\(date.value)) is after the brief's '\(field)' (\(published.value)): \(what) cannot be dated later",
                    at: date.location)
        }
        for claim in front.claims {
            for stance in claim.stances { check(stance.date, "a stance it reports") }
        }
        for source in front.sources { check(source.date, "a source it cites") }
    }

    /// `via` names who passed a stance or figure on; its own actor cannot have.
    func warnOfSelfRelays(_ front: BriefFrontMatter) {
        func check(_ via: Located<String>?, _ actor: Located<String>?, _ field: String) {
            guard let via, via.value == actor?.value else { return }
            warning("'via' is '\(via.value)', the '\(field)' itself: 'via' names who relayed it, and is left out when nobody did",
                    at: via.location)
        }
        for claim in front.claims {
            for stance in claim.stances { check(stance.via, stance.actor, "actor") }
        }
        for figure in front.figures { check(figure.via, figure.statedBy, "stated_by") }
    }
}
