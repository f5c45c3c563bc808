import Testing
@testable import DossierCore

/// Ids and slugs: lowercase ASCII letters, digits and single hyphens, 1 to 64 characters,
/// starting and ending with a letter or digit.
@Suite struct ModelIdentifierTests {
    @Test(arguments: ["a", "7", "a1", "kremlin", "lloyd-austin", "a-b-c", "nk-troops-2024", String(repeating: "x", count: 64)])
    func anIdIsValid(_ id: String) {
        #expect(Identifier.isValid(id))
        #expect(Identifier.isValid(id[...]))
    }

    @Test(arguments: ["", "-", "-a", "a-", "a--b", "A", "Kremlin", "a_b", "a b", "a.b", "é", "a\u{301}", "a/b",
                      String(repeating: "x", count: 65), "a-\u{0}"])
    func aTextThatIsNotAnIdIsRefused(_ text: String) {
        #expect(!Identifier.isValid(text))
        #expect(!Identifier.isValid(text[...]))
    }

    /// The id an editor most likely meant, offered in the diagnostic.
    @Test(arguments: [("The_Kremlin", "the-kremlin"), ("Lloyd Austin", "lloyd-austin"), ("lloyd--austin", "lloyd-austin"),
                      ("-kremlin-", "kremlin"), ("a.b/c", "a-b-c"), ("Élysée Palace", "elysee-palace"),
                      ("e\u{301}te\u{301} 2024", "ete-2024"), ("NK troops, 2024", "nk-troops-2024")])
    func aTextThatIsNotAnIdSuggestsOne(_ text: String, _ meant: String) {
        #expect(Identifier.suggestion(for: text) == meant)
        #expect(Identifier.problem(with: text).hasSuffix(" (did you mean '\(meant)'?)"))
    }

    /// No id is offered when none can be made, or when the text is one already.
    @Test(arguments: ["", "___", "Łódź", "Кремль", "kremlin", String(repeating: "X", count: 65)])
    func noIdIsSuggestedWhereNoneCanBeMade(_ text: String) {
        #expect(Identifier.suggestion(for: text) == nil)
        #expect(!Identifier.problem(with: text).contains("did you mean"))
    }
}
