/// Atom feeds (RFC 4287): the site's newest briefs in `feed.xml`, and the newest briefs
/// of each actor and each claim beside their pages, so a reader can follow one of them.
/// They need absolute addresses, so they are written only with a `base_url`.
enum AtomFeed {
    /// The newest briefs a feed holds; older ones stay on the site.
    static let entryLimit = 50

    /// One feed: where it goes, what it is called, the page it stands for, its briefs (newest first).
    struct Channel: Sendable {
        var path: String
        var title: String
        var subtitle: String?
        var page: String
        var briefs: [String]
    }

    static func channels(for graph: SiteGraph) -> [Channel] {
        let site = graph.settings
        var channels = [Channel(path: SitePath.feed, title: site.title, subtitle: site.description,
                                page: SitePath.home, briefs: graph.briefs.map(\.slug))]
        for id in graph.actors.keys.sorted() {
            let name = graph.actors[id]!.name
            channels.append(Channel(path: SitePath.actorFeed(id), title: "\(name) — \(site.title)",
                                    subtitle: "Briefs that mention \(name).", page: SitePath.actor(id),
                                    briefs: graph.relations.briefsByActor[id] ?? []))
        }
        for id in graph.claims.keys.sorted() {
            let text = graph.claims[id]!.text
            channels.append(Channel(path: SitePath.claimFeed(id), title: "Claim: \(text) — \(site.title)",
                                    subtitle: "Briefs that discuss the claim “\(text)”.", page: SitePath.claim(id),
                                    briefs: graph.relations.briefsByClaim[id] ?? []))
        }
        return channels
    }

    static func xml(_ channel: Channel, graph: SiteGraph, address: SiteAddress) -> String {
        let briefs = channel.briefs.prefix(entryLimit).compactMap(graph.brief)
        let feedURL = address.url(channel.path)
        var lines = [
            #"<?xml version="1.0" encoding="utf-8"?>"#,
            #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(XMLText.escape(graph.settings.language))">"#,
            element("id", feedURL),
            element("title", channel.title),
        ]
        if let subtitle = channel.subtitle { lines.append(element("subtitle", subtitle)) }
        lines += [
            link(rel: "self", type: "application/atom+xml", href: feedURL),
            link(rel: "alternate", type: "text/html", href: address.url(channel.page)),
            element("updated", updated(briefs, site: graph).timestamp),
            "<author>" + element("name", graph.settings.title) + "</author>",
            element("generator", "Dossier"),
        ]
        lines += briefs.map { entry($0, address: address) }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The newest change among the feed's briefs; for a feed without any, the site's newest.
    static func updated(_ briefs: [Brief], site graph: SiteGraph) -> Day {
        briefs.map(\.lastChanged).max() ?? graph.briefs.map(\.lastChanged).max() ?? Day("1970-01-01")!
    }

    private static func entry(_ brief: Brief, address: SiteAddress) -> String {
        let url = address.url(SitePath.brief(brief.slug))
        var lines = [
            "<entry>",
            element("id", url),
            element("title", brief.title),
            link(rel: "alternate", type: "text/html", href: url),
            element("published", brief.date.timestamp),
            element("updated", brief.lastChanged.timestamp),
        ]
        if let summary = brief.summary { lines.append(element("summary", summary)) }
        lines.append("</entry>")
        return lines.joined(separator: "\n")
    }

    private static func element(_ name: String, _ text: String) -> String {
        "<\(name)>\(XMLText.escape(text))</\(name)>"
    }

    private static func link(rel: String, type: String, href: String) -> String {
        #"<link rel="\#(rel)" type="\#(type)" href="\#(XMLText.escape(href))"/>"#
    }
}
