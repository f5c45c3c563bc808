/// "Did you mean …?": the known name closest to a misspelt one, if any is close enough.
enum Suggestion {
    /// Of names equally close, one as long as `word` (`claimz` is `claims` mistyped more
    /// likely than `claim`), then the first in order, so that every run says the same.
    static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        guard word.count >= 3 else { return nil }
        let limit = max(1, min(3, word.count / 3))
        var best: (name: String, rank: (Int, Int))?
        for candidate in candidates where abs(candidate.count - word.count) <= limit {
            let d = editDistance(word, candidate)
            guard d <= limit else { continue }
            let rank = (d, abs(candidate.count - word.count))
            if best.map({ rank < $0.rank || (rank == $0.rank && candidate < $0.name) }) ?? true {
                best = (candidate, rank)
            }
        }
        return best?.name
    }

    /// " (did you mean 'x'?)" or "".
    static func hint(for word: String, among candidates: some Sequence<String>) -> String {
        closest(to: word, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// Levenshtein distance over Unicode scalars, with two neighbours swapped one step
    /// (`titel` for `title`), as typing mistakes are (optimal string alignment).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var twoBefore = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], twoBefore[j - 2] + 1)
                }
            }
            (twoBefore, previous, current) = (previous, current, twoBefore)
        }
        return previous[b.count]
    }
}
