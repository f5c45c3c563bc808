/// `data/figures.csv`: every figure, one per row, by measure and then as on the measure's
/// page (as-of date, then brief). RFC 4180: a header row, CRLF line ends, and fields
/// quoted when they hold a comma, a quote or a line break.
enum FiguresCSV {
    static let header = ["measure", "label", "qualifier", "value", "min", "max", "unit", "as_of",
                         "stated_by", "via", "source", "claim", "brief"]

    /// Written straight into bytes, a field at a time: a row is not made into texts first.
    static func bytes(_ graph: SiteGraph) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(128 * graph.briefs.count)
        for (index, field) in header.enumerated() { write(field, to: &out, first: index == 0) }
        out.append(contentsOf: [0x0D, 0x0A])
        for id in graph.measures.keys.sorted() {
            let measure = graph.measures[id]!
            for figure in measure.figures { write(figure, label: measure.label, to: &out) }
        }
        return out
    }

    private static func write(_ figure: Figure, label: String?, to out: inout [UInt8]) {
        let (value, min, max) = figure.amount.parts
        write(figure.measure, to: &out, first: true)
        write(label ?? "", to: &out)
        write(figure.qualifier.rawValue, to: &out)
        write(value.map(JSONValue.number) ?? "", to: &out)
        write(min.map(JSONValue.number) ?? "", to: &out)
        write(max.map(JSONValue.number) ?? "", to: &out)
        write(figure.unit ?? "", to: &out)
        write(figure.asOf.description, to: &out)
        write(figure.statedBy ?? "", to: &out)
        write(figure.via ?? "", to: &out)
        write(figure.source ?? "", to: &out)
        write(figure.claim ?? "", to: &out)
        write(figure.brief, to: &out)
        out.append(contentsOf: [0x0D, 0x0A])
    }

    /// A field as it is, or quoted with its quotes doubled when it holds a comma, a
    /// quote or a line break.
    private static func write(_ field: String, to out: inout [UInt8], first: Bool = false) {
        if !first { out.append(UInt8(ascii: ",")) }
        field.withBytes { utf8 in
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
