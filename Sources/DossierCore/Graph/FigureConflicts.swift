/// Values that cannot both be true: figures for one measure, in one unit, as of the
/// same date, whose intervals do not meet. Qualifiers read as intervals: `about 10`
/// is 9 to 11 (10 % either way), `at least 10` is 10 and up, `fewer than 10` is
/// below 10, a range is its min to max.
enum FigureConflicts {
    static func find(in figures: [Figure]) -> [FigureConflict] {
        guard figures.count > 1 else { return [] }
        // The figures of each group (one unit, one as-of date) side by side, each group
        // in the figures' order; only pairs within a group are compared. Sorting the few
        // figures most measures have costs less than hashing them into groups.
        let keys = figures.map { GroupKey(unit: $0.unit, asOf: $0.asOf) }
        let order = figures.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
        var conflicts: [FigureConflict] = []
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, keys[order[end]] == keys[order[start]] { end += 1 }
            for a in start..<end {
                for b in (a + 1)..<end where !interval(figures[order[a]]).meets(interval(figures[order[b]])) {
                    conflicts.append(FigureConflict(first: order[a], second: order[b]))
                }
            }
            start = end
        }
        return conflicts.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    private struct GroupKey: Equatable, Comparable {
        var unit: String?
        var asOf: AsOf
        /// No unit first; keys that are not equal never tie, so a group stays in one run.
        static func < (a: Self, b: Self) -> Bool {
            (a.asOf, a.unit == nil ? 0 : 1, a.unit ?? "") < (b.asOf, b.unit == nil ? 0 : 1, b.unit ?? "")
        }
    }

    /// An interval with open or closed ends.
    struct Interval: Equatable {
        var low: Double, high: Double
        var lowOpen = false, highOpen = false

        func meets(_ other: Interval) -> Bool {
            let low = max(self.low, other.low), high = min(self.high, other.high)
            if low < high { return true }
            guard low == high else { return false }
            let lowOpen = (self.low == low && self.lowOpen) || (other.low == low && other.lowOpen)
            let highOpen = (self.high == high && self.highOpen) || (other.high == high && other.highOpen)
            return !lowOpen && !highOpen
        }
    }

    static func interval(_ figure: Figure) -> Interval {
        switch (figure.amount, figure.qualifier) {
        case let (.range(low, high), _):
            return Interval(low: low, high: high)
        case let (.value(v), .about):
            return Interval(low: min(v * 0.9, v * 1.1), high: max(v * 0.9, v * 1.1))
        case let (.value(v), .atLeast):
            return Interval(low: v, high: .infinity)
        case let (.value(v), .moreThan):
            return Interval(low: v, high: .infinity, lowOpen: true)
        case let (.value(v), .upTo):
            return Interval(low: -.infinity, high: v)
        case let (.value(v), .fewerThan):
            return Interval(low: -.infinity, high: v, highOpen: true)
        case let (.value(v), _):
            return Interval(low: v, high: v)
        }
    }
}
