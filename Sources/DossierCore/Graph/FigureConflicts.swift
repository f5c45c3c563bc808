/// Values that cannot both be true: figures for one measure, in one unit, as of the
/// same date, whose intervals do not meet. Qualifiers read as intervals: `about 10`
/// is 9 to 11 (10 % either way), `at least 10` is 10 and up, `fewer than 10` is
/// below 10, a range is its min to max.
enum FigureConflicts {
    /// Up to this many figures, every pair is compared; beyond, only those of a group.
    static let pairwiseLimit = 16

    static func find(in figures: [Figure]) -> [FigureConflict] {
        // Most measures have a few figures: every pair is looked at, without grouping.
        if figures.count <= pairwiseLimit { return pairwise(figures) }
        var conflicts: [FigureConflict] = []
        let groups = Dictionary(grouping: figures.indices) { GroupKey(unit: figures[$0].unit, asOf: figures[$0].asOf) }
        for key in groups.keys.sorted() {
            let members = groups[key]!
            for (n, i) in members.enumerated() {
                for j in members[(n + 1)...] where !interval(figures[i]).meets(interval(figures[j])) {
                    conflicts.append(FigureConflict(first: i, second: j))
                }
            }
        }
        return conflicts.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
    }

    /// `find` without the groups: every pair is compared, and conflicts when its two
    /// figures have one unit and one as-of date; in the same order.
    private static func pairwise(_ figures: [Figure]) -> [FigureConflict] {
        var conflicts: [FigureConflict] = []
        for i in figures.indices {
            for j in figures.indices.dropFirst(i + 1)
            where figures[i].unit == figures[j].unit && figures[i].asOf == figures[j].asOf
                && !interval(figures[i]).meets(interval(figures[j])) {
                conflicts.append(FigureConflict(first: i, second: j))
            }
        }
        return conflicts
    }

    private struct GroupKey: Hashable, Comparable {
        var unit: String?
        var asOf: AsOf
        static func < (a: Self, b: Self) -> Bool { (a.asOf, a.unit ?? "") < (b.asOf, b.unit ?? "") }
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
