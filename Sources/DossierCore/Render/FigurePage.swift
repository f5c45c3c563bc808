/// `figures/<measure>/index.html`: every value reported for one measure, with the values
/// that cannot both be true flagged in words.
struct FigurePage: Sendable, Encodable {
    var layout: Layout
    var label: String
    var measureID: String
    var rows: [FigureRow]
    var conflicts: [String]
    var hasConflicts: Bool

    init(_ measure: Measure, in context: PageContext) {
        let label = measure.label ?? measure.id
        layout = context.layout(title: label, description: "Every reported value of \(label), with who stated it and when.", section: .figures)
        self.label = label
        measureID = measure.id
        var rows = measure.figures.enumerated().map { FigureRow($1, number: $0 + 1, in: context) }
        for (index, partners) in FigurePage.partners(measure.conflicts) {
            let numbers = partners.map { "value \($0 + 1)" }
            rows[index].conflict = "Conflict: cannot be true together with \(numbers.joined(separator: ", "))"
        }
        self.rows = rows
        conflicts = measure.conflicts.map { conflict in
            let (a, b) = (rows[conflict.first], rows[conflict.second])
            return "Value \(a.number) (\(a.value)) and value \(b.number) (\(b.value)), both as of \(a.asOf.text), cannot both be true."
        }
        hasConflicts = !conflicts.isEmpty
    }

    /// Each conflicting figure's index, with the indices it conflicts with, sorted.
    private static func partners(_ conflicts: [FigureConflict]) -> [(Int, [Int])] {
        var partners: [Int: [Int]] = [:]
        for conflict in conflicts {
            partners[conflict.first, default: []].append(conflict.second)
            partners[conflict.second, default: []].append(conflict.first)
        }
        return partners.keys.sorted().map { ($0, partners[$0]!.sorted()) }
    }
}

/// `figures/index.html`: every measure with its label and how many values were reported.
struct FigureListPage: Sendable, Encodable {
    var layout: Layout
    var measures: [MeasureItem]
    var hasMeasures: Bool

    init(in context: PageContext) {
        layout = context.layout(title: "Figures", description: nil, section: .figures, pageType: "CollectionPage")
        // Sorted by their keys alone: sorting the measures moved each many times.
        let order = context.graph.measures.map { (text: $0.value.label ?? $0.key, id: $0.key) }.sorted { $0 < $1 }
        measures = order.map { MeasureItem(context.graph.measures[$0.id]!, in: context) }
        hasMeasures = !measures.isEmpty
    }
}

struct MeasureItem: Sendable, Encodable {
    var link: LinkView
    var count: String
    var latest: String?
    var conflictNote: String?

    init(_ measure: Measure, in context: PageContext) {
        link = context.measure(measure.id)
        let n = measure.figures.count
        count = "\(n) value\(n == 1 ? "" : "s") reported"
        latest = measure.figures.last.map { "\(FigureText.text(of: $0)) as of \($0.asOf.longForm)" }
        let c = measure.conflicts.count
        conflictNote = c == 0 ? nil : "Conflict: \(c) pair\(c == 1 ? "" : "s") of values cannot both be true"
    }
}
