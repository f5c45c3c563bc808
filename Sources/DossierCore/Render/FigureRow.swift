/// One reported value of a measure, as a row of a figures table.
struct FigureRow: Sendable, Encodable {
    /// The row's number on a measure page (1-based), for conflict notes to point at.
    var number: Int
    var anchor: String
    var measure: LinkView
    var value: String
    var asOf: DateView
    var statedBy: LinkView?
    var via: LinkView?
    var source: LinkView?
    var brief: LinkView
    /// "Conflicts with value 2": set on measure pages for values that cannot both be true.
    var conflict: String?

    init(_ figure: Figure, number: Int = 0, in context: PageContext) {
        self.number = number
        anchor = "value-\(number)"
        measure = context.measure(figure.measure)
        value = FigureText.text(of: figure)
        asOf = DateView(figure.asOf)
        statedBy = figure.statedBy.map(context.actor)
        via = figure.via.map(context.actor)
        source = figure.source.map { context.source($0, brief: figure.brief) }
        brief = context.brief(figure.brief)
    }
}

/// A stance as a row of a timeline or list: who took which stance on what, when and where.
struct StanceRow: Sendable, Encodable {
    var date: DateView
    var actor: LinkView
    var claim: LinkView
    var stance: Badge
    var quote: String?
    var via: LinkView?
    var source: LinkView?
    var brief: LinkView

    init(_ stance: Stance, in context: PageContext) {
        date = stance.isDated ? DateView(stance.date) : .undated(reportedOn: stance.date)
        actor = context.actor(stance.actor)
        claim = context.claim(stance.claim)
        self.stance = .stance(stance.kind)
        quote = stance.quote
        via = stance.via.map(context.actor)
        source = stance.source.map { context.source($0, brief: stance.brief) }
        brief = context.brief(stance.brief)
    }
}

/// A brief in a list: title, date and bottom line.
struct BriefItem: Sendable, Encodable {
    var link: LinkView
    var date: DateView
    var updated: DateView?
    var summary: String?

    /// The brief at `index` of the graph's briefs, read field by field where it is. A
    /// brief lent whole to the code that makes an item (through a closure, `map`) was
    /// copied first, each of its texts and lists kept and let go; list pages, actor and
    /// claim pages make hundreds of thousands of items.
    init(at index: Int, in context: PageContext) {
        // All read before anything else is called: a field read after a call that is
        // not inlined was taken from a copy of the whole brief.
        let (slug, title, date, updated, summary) = context.graph.briefs.withUnsafeBufferPointer {
            ($0[index].slug, $0[index].title, $0[index].date, $0[index].updated, $0[index].summary)
        }
        link = context.link(toBrief: slug, title: title)
        self.date = DateView(date)
        self.updated = updated.map(DateView.init)
        self.summary = summary
    }

    /// The briefs with these slugs, in the order given; unknown slugs are skipped.
    static func list(_ slugs: [String], in context: PageContext) -> [BriefItem] {
        var items: [BriefItem] = []
        items.reserveCapacity(slugs.count)
        for slug in slugs {
            if let index = context.graph.relations.briefIndex[slug] { items.append(BriefItem(at: index, in: context)) }
        }
        return items
    }
}

/// A source as the sources section of a brief lists it; `anchor` is what `source:ID` links reach.
struct SourceView: Sendable, Encodable {
    var anchor: String
    var title: String
    var publisher: String?
    var date: DateView?
    var grade: Badge?
    /// The external link, only when the source has a URL.
    var url: String?

    init(_ source: Source) {
        anchor = "source-\(source.id)"
        title = source.displayTitle
        publisher = source.title == nil ? nil : source.publisher
        date = source.date.map(DateView.init)
        grade = source.grade.map(Badge.grade)
        url = source.url
    }
}
