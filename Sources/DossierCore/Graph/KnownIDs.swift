/// The ids of one kind that exist, to check every use against, with "did you mean".
struct KnownIDs: Sendable {
    let kind: String
    let ids: Set<String>
    /// Ids that exist only in draft briefs, which are left out of this build.
    var draftOnly: Set<String> = []
    /// True when some file could not be parsed: its ids are unknown, so an unknown id
    /// proves nothing and is not reported.
    var isIncomplete = false
    /// Where one of these is declared with its fields, for an editor who took a bare id
    /// for a declaration.
    var declaredIn = "in a brief"

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
        let bare = listed && hint.isEmpty ? ": a bare id refers to one declared with its fields \(declaredIn), and there is none" : ""
        return .error("unknown \(kind) '\(id.value)'\(hint)\(bare)", at: id.location)
    }

    /// `id` when it exists, else the one closest to it, if any is close enough.
    func nearest(_ id: String) -> String? {
        ids.contains(id) ? id : Suggestion.closest(to: id, among: ids)
    }
}
