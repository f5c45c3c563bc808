import Testing
@testable import DossierCore

/// "Did you mean": the known word nearest a misspelt one, by typing mistakes.
@Suite struct SuggestionTests {
    @Test(arguments: [("title", "title", 0), ("titel", "title", 1), ("goverment", "government", 1),
                      ("kitten", "sitting", 3), ("", "abc", 3), ("ca", "abc", 3), ("stnace", "stance", 1)])
    func distanceCountsASwapOfNeighboursAsOneStep(_ a: String, _ b: String, _ distance: Int) {
        #expect(Suggestion.editDistance(a, b) == distance)
        #expect(Suggestion.editDistance(b, a) == distance)
    }

    @Test func aSwapOfNeighboursIsSuggested() {
        #expect(Suggestion.closest(to: "titel", among: ["date", "title", "summary"]) == "title")
        #expect(Suggestion.closest(to: "sumamry", among: ["date", "title", "summary"]) == "summary")
        #expect(Suggestion.closest(to: "zzzzz", among: ["date", "title", "summary"]) == nil)
        #expect(Suggestion.closest(to: "claimz", among: ["claim", "claims"]) == "claims")
        #expect(Suggestion.closest(to: "claimz", among: ["claims", "claim"]) == "claims")
        #expect(Suggestion.closest(to: "bxief", among: ["chief", "brief"]) == "brief")
    }
}
