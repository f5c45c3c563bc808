/// The ids of one kind that exist, to check every use against, with "did you mean".
struct KnownIDs: Sendable {
    let kind: String
    let ids: Set<String>
    /// Ids that exist only in draft briefs, which are left out of this build.
    var draftOnly: Set<String> = []
    /// True when some file could not be parsed: its ids are unknown, so an unknown id
    /// proves nothing and is not reported.
    var isIncomplete = false

    /// The diagnostic for a use of `id`, or nil when it exists. `listed` is a bare id in
    /// a brief's own list of its actors, claims or sources, which an editor may take for
    /// a declaration: unless it is a misspelling, the message says what it is.
    func check(_ id: Located<String>, listed: Bool = false) -> Diagnostic? {
        guard !ids.contains(id.value), !isIncomplete else { return nil }
        if draftOnly.contains(id.value) {
            return .error("\(kind) '\(id.value)' is declared only in a draft brief, which this build leaves out (use --drafts)",
                          at: id.location)
        }
        let hint = Suggestion.hint(for: id.value, among: ids)
        let place = kind == "actor" ? "in a brief or in Content/actors/\(id.value).md" : "in a brief"
        let bare = listed && hint.isEmpty
            ? ": a bare id refers to \(kind == "actor" ? "an" : "a") \(kind) declared with its fields \(place), and there is none" : ""
        return .error("unknown \(kind) '\(id.value)'\(hint)\(bare)", at: id.location)
    }

    /// `id` when it exists, else the one closest to it, if any is close enough.
    func nearest(_ id: String) -> String? {
        ids.contains(id) ? id : Suggestion.closest(to: id, among: ids)
    }
}
