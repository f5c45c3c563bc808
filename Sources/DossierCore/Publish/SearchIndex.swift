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

    /// Written straight into bytes (`JSONBytes`): `r` comes before `v`, as `JSONValue`
    /// would sort them.
    static func script(for graph: SiteGraph) -> [UInt8] {
        var json = JSONBytes(capacity: 64 * graph.briefs.count)
        json.object { json in
            json.key("r")
            json.array { json in
                for brief in graph.briefs {
                    record(&json, "b", brief.title, brief.summary ?? "", SitePath.brief(brief.slug), brief.date.description)
                }
                for actor in graph.actorsByName {
                    record(&json, "a", actor.name, actor.aliases.joined(separator: "\n"), SitePath.actor(actor.id),
                           actor.kind?.words ?? "")
                }
                for claim in graph.claimsByText {
                    record(&json, "c", claim.text, "", SitePath.claim(claim.id), claim.status.words)
                }
            }
            json.key("v")
            json.number(Double(version))
        }
        return Array("window.DOSSIER_SEARCH=".utf8) + json.bytes + Array(";\n".utf8)
    }

    private static func record(_ json: inout JSONBytes, _ type: String, _ title: String, _ text: String,
                               _ url: String, _ detail: String) {
        json.array { json in
            for field in [type, title, text, url, detail] { json.string(field) }
        }
    }
}
