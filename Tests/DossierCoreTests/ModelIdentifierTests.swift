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
}
