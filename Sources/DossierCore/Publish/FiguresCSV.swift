/// `data/figures.csv`: every figure, one per row, by measure and then as on the measure's
/// page (as-of date, then brief). RFC 4180: a header row, CRLF line ends, and fields
/// quoted when they hold a comma, a quote or a line break.
enum FiguresCSV {
    static let header = ["measure", "label", "qualifier", "value", "min", "max", "unit", "as_of",
                         "stated_by", "via", "source", "claim", "brief"]

    static func text(_ graph: SiteGraph) -> String {
        var rows = [header]
        for id in graph.measures.keys.sorted() {
            let measure = graph.measures[id]!
            rows += measure.figures.map { row($0, label: measure.label) }
        }
        return rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    private static func row(_ figure: Figure, label: String?) -> [String] {
        let (value, min, max) = figure.amount.parts
        let number = { (n: Double?) in n.map(JSONValue.number) ?? "" }
        return [figure.measure, label ?? "", figure.qualifier.rawValue, number(value), number(min), number(max),
                figure.unit ?? "", figure.asOf.description, figure.statedBy ?? "", figure.via ?? "",
                figure.source ?? "", figure.claim ?? "", figure.brief]
    }

    static func field(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ",\"\n\r".unicodeScalars.contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
