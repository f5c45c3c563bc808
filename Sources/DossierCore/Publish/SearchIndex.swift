/// The search index, `assets/search-index.js`: a script that sets `window.DOSSIER_SEARCH`,
/// so the search page reads it with a `<script src>` even when opened from a plain folder
/// (browsers do not let a `file://` page fetch files). Compact: titles, summaries, names,
/// aliases, claim texts, kinds; no bodies.
///
/// `{"v":1,"r":[[type, title, text, url, detail], …]}`, one record per brief (`b`: summary,
/// date), actor (`a`: aliases one per line, kind) and claim (`c`: "", status); `url` is
/// the page's path from the site root. Briefs newest first, actors by name, claims by text.
enum SearchIndex {
    static let version = 1

    static func script(for graph: SiteGraph) -> String {
        "window.DOSSIER_SEARCH=" + index(for: graph).compact + ";\n"
    }

    static func index(for graph: SiteGraph) -> JSONValue {
        .object(["v": .number(Double(version)), "r": .array(briefs(graph) + actors(graph) + claims(graph))])
    }

    private static func record(_ type: String, _ title: String, _ text: String, _ url: String, _ detail: String) -> JSONValue {
        .array([.string(type), .string(title), .string(text), .string(url), .string(detail)])
    }

    private static func briefs(_ graph: SiteGraph) -> [JSONValue] {
        graph.briefs.map { record("b", $0.title, $0.summary ?? "", SitePath.brief($0.slug), $0.date.description) }
    }

    private static func actors(_ graph: SiteGraph) -> [JSONValue] {
        graph.actors.values.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }.map {
            record("a", $0.name, $0.aliases.joined(separator: "\n"), SitePath.actor($0.id), $0.kind?.words ?? "")
        }
    }

    private static func claims(_ graph: SiteGraph) -> [JSONValue] {
        graph.claims.values.sorted { ($0.text.lowercased(), $0.id) < ($1.text.lowercased(), $1.id) }.map {
            record("c", $0.text, "", SitePath.claim($0.id), $0.status.words)
        }
    }
}
