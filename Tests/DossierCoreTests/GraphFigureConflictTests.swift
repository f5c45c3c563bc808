import Testing
@testable import DossierCore

/// Figures conflict within a group (one unit, one as-of date) when their intervals do
/// not meet: found in the figures' order, however many there are and however their
/// groups interleave.
@Suite struct GraphFigureConflictTests {
    /// Distinct exact values, in two units: every pair of one unit conflicts, no pair
    /// across units does; a few values "about" a number that meet the exact value.
    private static func figures(_ count: Int) -> [Figure] {
        (0..<count).map { (index: Int) -> Figure in
            let unit: String = index % 3 == 0 ? "troops" : "km"
            let qualifier: Qualifier = index == 4 ? .about : .exact
            return Figure(measure: "m", amount: .value(Double(index) * 100), unit: unit, qualifier: qualifier,
                          asOf: AsOf("2024-10")!, statedBy: nil, via: nil, source: nil, claim: nil, brief: "b\(index)")
        }
    }

    @Test(arguments: [2, 5, 16, 17, 40])
    func pairsOfOneGroupWhoseIntervalsDoNotMeetConflict(_ count: Int) {
        var expected: [FigureConflict] = []
        for first in 0..<count {
            for second in (first + 1)..<count where (first % 3 == 0) == (second % 3 == 0) {
                // About 400 is 360 to 440: it meets no other value, all being 100 apart.
                expected.append(FigureConflict(first: first, second: second))
            }
        }
        #expect(FigureConflicts.find(in: Self.figures(count)) == expected)
    }

    @Test func figuresAsOfDifferentDatesDoNotConflict() {
        let figures = [AsOf("2024-10")!, AsOf("2024-11")!].map { asOf in
            Figure(measure: "m", amount: .value(asOf.month == 10 ? 1 : 2), unit: nil, qualifier: .exact, asOf: asOf,
                   statedBy: nil, via: nil, source: nil, claim: nil, brief: "b")
        }
        #expect(FigureConflicts.find(in: figures).isEmpty)
        // Repeated, the two dates interleaved: equal values meet.
        let repeated = Array(repeating: figures, count: 10).flatMap { $0 }
        #expect(FigureConflicts.find(in: repeated).isEmpty)
    }

    /// No unit and an empty unit are two groups; the figures of each still meet their
    /// own, wherever they stand.
    @Test func figuresWithoutAUnitAreOneGroupWhereverTheyStand() {
        let units: [String?] = [nil, "", nil, ""]
        let figures = units.enumerated().map { index, unit in
            Figure(measure: "m", amount: .value(Double(index + 1)), unit: unit, qualifier: .exact, asOf: AsOf("2024-10")!,
                   statedBy: nil, via: nil, source: nil, claim: nil, brief: "b")
        }
        #expect(FigureConflicts.find(in: figures) == [FigureConflict(first: 0, second: 2), FigureConflict(first: 1, second: 3)])
    }
}
