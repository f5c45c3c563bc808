import Testing
@testable import DossierCore

/// The digest that keys pages and guards the caches: every byte of a text counts, where
/// it stands counts, and its length counts, across the four lanes, the words after
/// them and the last few bytes.
@Suite struct ContentDigestTests {
    private func digest(_ bytes: [UInt8]) -> ContentDigest {
        bytes.withUnsafeBytes { ContentDigest(bytes: $0) }
    }

    @Test(arguments: [1, 7, 8, 31, 32, 33, 63, 64, 71, 100])
    func everyBitOfEveryByteCounts(_ count: Int) {
        let original = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        var seen: Set<UInt64> = [digest(original).value]
        for index in 0..<count {
            for bit in 0..<8 {
                var changed = original
                changed[index] ^= 1 << bit
                #expect(seen.insert(digest(changed).value).inserted, "byte \(index), bit \(bit), of \(count)")
            }
        }
    }

    @Test func wordsThatChangePlacesChangeTheDigest() {
        let words = (0..<8).flatMap { word in [UInt8](repeating: UInt8(word + 1), count: 8) }
        for (a, b) in [(0, 1), (0, 4), (3, 4), (4, 5), (6, 7)] {
            var swapped = words
            for offset in 0..<8 { swapped.swapAt(a * 8 + offset, b * 8 + offset) }
            #expect(digest(swapped) != digest(words), "words \(a) and \(b)")
        }
    }

    @Test func theLengthCountsAndSoDoesHowTheBytesWereSplit() {
        let zeros = [0, 8, 31, 32, 33, 40, 64].map { digest([UInt8](repeating: 0, count: $0)).value }
        #expect(Set(zeros).count == zeros.count)
        var whole = ContentDigest(), split = ContentDigest()
        whole.add("ab")
        whole.add("c")
        split.add("a")
        split.add("bc")
        #expect(whole != split)
    }

    @Test func theSameBytesGiveTheSameDigestWhereverTheyLie() {
        let bytes = (0..<90).map { UInt8($0 * 13 % 128) }
        for start in 0..<8 {
            let slice = Array(bytes[start..<(start + 70)])
            let inPlace = bytes.withUnsafeBytes { ContentDigest(bytes: UnsafeRawBufferPointer(rebasing: $0[start..<(start + 70)])) }
            #expect(inPlace == digest(slice), "from byte \(start)")
            #expect(ContentDigest(of: String(decoding: slice, as: UTF8.self)) == digest(slice))
        }
    }
}
