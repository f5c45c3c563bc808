/// Identity fields may be given in many places, and wherever given they must agree.
/// The first place given (profiles first, then briefs by path) is kept; every place
/// that disagrees is an error naming both.
struct IdentityField<Value: Sendable & Equatable>: Sendable {
    private(set) var first: Located<Value>?

    var value: Value? { first?.value }

    /// Adds one more place; returns the diagnostic when it disagrees with the first.
    /// `owner` is worded only then: a site declares its claims and measures thousands of
    /// times over.
    mutating func merge(_ given: Located<Value>?, owner: @autoclosure () -> String, field: String,
                        show: (Value) -> String) -> Diagnostic? {
        guard let given else { return nil }
        guard let first else {
            self.first = given
            return nil
        }
        guard first.value != given.value else { return nil }
        return .error("\(owner()) \(field) \(show(given.value)) disagrees with \(show(first.value)) given at \(first.location)",
                      at: given.location)
    }
}

/// An actor's identity as merged from all its places.
struct MergedActor: Sendable {
    var firstPlace: SourceLocation
    var name = IdentityField<String>()
    var kind = IdentityField<ActorKind>()
    var affiliation = IdentityField<String>()
    var country = IdentityField<String>()
    var aliases = IdentityField<[String]>()

    mutating func merge(_ identity: ActorIdentity, id: String) -> [Diagnostic] {
        func owner() -> String { "actor '\(id)':" }
        let quoted: (String) -> String = { "'\($0)'" }
        let sortedAliases = identity.aliases.map { Located($0.value.sorted(), at: $0.location) }
        return [
            name.merge(identity.name, owner: owner(), field: "name", show: quoted),
            kind.merge(identity.kind, owner: owner(), field: "kind", show: { "'\($0.rawValue)'" }),
            affiliation.merge(identity.affiliation, owner: owner(), field: "affiliation", show: quoted),
            country.merge(identity.country, owner: owner(), field: "country", show: quoted),
            aliases.merge(sortedAliases, owner: owner(), field: "aliases",
                          show: { "[" + $0.joined(separator: ", ") + "]" }),
        ].compactMap { $0 }
    }
}

struct MergedSource: Sendable {
    var firstPlace: SourceLocation
    var title = IdentityField<String>()
    var publisher = IdentityField<String>()
    var url = IdentityField<String>()
    var date = IdentityField<Day>()
    var grade = IdentityField<SourceGrade>()

    mutating func merge(_ entry: SourceEntry) -> [Diagnostic] {
        func owner() -> String { "source '\(entry.id.value)':" }
        let quoted: (String) -> String = { "'\($0)'" }
        return [
            title.merge(entry.title, owner: owner(), field: "title", show: quoted),
            publisher.merge(entry.publisher, owner: owner(), field: "publisher", show: quoted),
            url.merge(entry.url, owner: owner(), field: "url", show: quoted),
            date.merge(entry.date, owner: owner(), field: "date", show: { "'\($0)'" }),
            grade.merge(entry.grade, owner: owner(), field: "grade", show: { "'\($0.rawValue)'" }),
        ].compactMap { $0 }
    }
}
