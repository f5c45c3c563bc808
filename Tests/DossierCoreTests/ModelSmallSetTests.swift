import Testing
@testable import DossierCore

/// A set that lists a few texts and hashes many answers as a set does, on both sides of
/// the size where it starts hashing.
@Suite struct ModelSmallSetTests {
    @Test(arguments: [0, 1, SmallSet.listLimit, SmallSet.listLimit + 1, 3 * SmallSet.listLimit])
    func itAnswersAsASetDoes(_ count: Int) {
        var small = SmallSet()
        var reference: Set<String> = []
        let texts = (0..<count).map { "id-\($0 % max(1, count - 2))" } + ["é", "e\u{301}"]
        for text in texts {
            #expect(small.insert(text) == reference.insert(text).inserted, "\(text) of \(count)")
        }
        for text in texts + ["absent", "id-\(count + 5)"] {
            #expect(small.contains(text) == reference.contains(text), "\(text) of \(count)")
            #expect(small.insert(text) == reference.insert(text).inserted, "\(text) again, of \(count)")
        }
        #expect(SmallSet(texts).contains("absent") == false)
    }
}
