import Testing
@testable import DossierCore

/// The graph's lists are sorted only when they are out of order, with the same result
/// as sorting them: equal elements keep their order.
@Suite struct GraphSortingTests {
    private static func byKey(_ a: (key: Int, tag: String), _ b: (key: Int, tag: String)) -> Bool { a.key < b.key }

    @Test(arguments: [
        [(3, "a"), (1, "b"), (2, "c"), (1, "d")],
        [(1, "a"), (1, "b"), (2, "c"), (3, "d")],
        [(2, "a"), (2, "b"), (1, "c")],
        [(1, "a")],
        [],
    ] as [[(Int, String)]])
    func theResultIsTheSortedList(_ pairs: [(Int, String)]) {
        var list = pairs.map { (key: $0.0, tag: $0.1) }
        var sorted = list
        sorted.sort(by: Self.byKey)
        list.sortUnlessSorted(by: Self.byKey)
        #expect(list.map(\.tag) == sorted.map(\.tag))
        #expect(list.map(\.key) == pairs.map(\.0).sorted())
    }
}
