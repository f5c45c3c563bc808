/// `data/figures.csv`: every figure, one per row, by measure and then as on the measure's
/// page (as-of date, then brief). RFC 4180: a header row, CRLF line ends, and fields
/// quoted when they hold a comma, a quote or a line break.
enum FiguresCSV {
    static let header = ["measure", "label", "qualifier", "value", "min", "max", "unit", "as_of",
                         "stated_by", "via", "source", "claim", "brief"]

    /// Written straight into bytes, a field at a time.
    static func bytes(_ graph: SiteGraph) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(128 * graph.briefs.count)
        write(header, to: &out)
        for id in graph.measures.keys.sorted() {
            let measure = graph.measures[id]!
            for figure in measure.figures { write(row(figure, label: measure.label), to: &out) }
        }
        return out
    }

    private static func write(_ row: [String], to out: inout [UInt8]) {
        for (index, field) in row.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            write(field, to: &out)
        }
        out.append(contentsOf: [0x0D, 0x0A])
    }

    private static func row(_ figure: Figure, label: String?) -> [String] {
        let (value, min, max) = figure.amount.parts
        let number = { (n: Double?) in n.map(JSONValue.number) ?? "" }
        return [figure.measure, label ?? "", figure.qualifier.rawValue, number(value), number(min), number(max),
                figure.unit ?? "", figure.asOf.description, figure.statedBy ?? "", figure.via ?? "",
                figure.source ?? "", figure.claim ?? "", figure.brief]
    }

    /// A field as it is, or quoted with its quotes doubled when it holds a comma, a
    /// quote or a line break.
    private static func write(_ field: String, to out: inout [UInt8]) {
        var field = field
        field.withUTF8 { utf8 in
            let quote = UInt8(ascii: "\"")
            guard utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == quote || $0 == 0x0A || $0 == 0x0D }) else {
                out.append(contentsOf: utf8)
                return
            }
            out.append(quote)
            for byte in utf8 {
                out.append(byte)
                if byte == quote { out.append(quote) }
            }
            out.append(quote)
        }
    }
}
