/// Reading a figure: a measure, a number or a range, and who stated it.
extension FieldReader {
    static let figureFields = ["measure", "label", "value", "min", "max", "unit", "qualifier",
                               "as_of", "stated_by", "via", "source", "claim"]

    func figureEntry(_ node: YAMLNode) -> FigureEntry? {
        guard let fields = fields(of: node, what: "figure", allowed: Self.figureFields) else { return nil }
        var figure = FigureEntry(location: fields.location)
        figure.measure = fields.id("measure", required: true)
        figure.label = fields.text("label")
        figure.unit = fields.text("unit")
        figure.qualifier = fields.choice("qualifier")
        figure.asOf = fields.asOf("as_of")
        figure.statedBy = fields.id("stated_by")
        figure.via = fields.id("via")
        figure.source = fields.id("source")
        figure.claim = fields.id("claim")
        figure.amount = amount(fields, qualifier: figure.qualifier)
        return figure
    }

    /// `value`, or `min` and `max`; never both, never neither. A range is `range`.
    private func amount(_ fields: Fields, qualifier: Located<Qualifier>?) -> Amount? {
        let value = fields.number("value"), low = fields.number("min"), high = fields.number("max")
        let isRange = fields.has("min") || fields.has("max")
        if fields.has("value") && isRange {
            error("a figure takes 'value' or 'min' and 'max', not both", at: fields.values["value"]!.key)
            return nil
        }
        if let qualifier, isRange != (qualifier.value == .range) {
            let why = isRange ? "a figure with 'min' and 'max' is a range: use qualifier 'range' or leave it out"
                              : "qualifier 'range' needs 'min' and 'max' instead of 'value'"
            error(why, at: qualifier.location)
            return nil
        }
        if isRange {
            guard let low, let high else {
                let missing = fields.has("min") ? "max" : "min"
                if fields.has(missing) { return nil }  // given, but not a number: already reported
                error("a range needs both 'min' and 'max': '\(missing)' is missing", at: fields.location)
                return nil
            }
            guard low.value <= high.value else {
                // The numbers as written: `5000`, not `5000.0`.
                let written = { (key: String) in fields.values[key]?.value.scalar?.trimmingWhitespace ?? "" }
                error("'min' (\(written("min"))) is greater than 'max' (\(written("max")))", at: low.location)
                return nil
            }
            return .range(min: low.value, max: high.value)
        }
        guard let value else {
            if !fields.has("value") { error("figure has no 'value' (or 'min' and 'max')", at: fields.location) }
            return nil
        }
        return .value(value.value)
    }
}
