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
    /// would sort them. The briefs are read in place: `for brief in graph.briefs` copied
    /// each one, every text it holds kept and let go.
    static func script(for graph: SiteGraph) -> [UInt8] {
        var json = JSONBytes(capacity: 256 * (graph.briefs.count + graph.actorsByName.count + graph.claimsByText.count))
        json.raw("window.DOSSIER_SEARCH=")
        json.object { json in
            json.key("r")
            json.array { json in
                graph.briefs.withUnsafeBufferPointer { briefs in
                    for brief in briefs {
                        record(&json, "b", brief.title, brief.summary ?? "", SitePath.brief(brief.slug),
                               brief.date.description)
                    }
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
        json.raw(";\n")
        return json.bytes
    }

    private static func record(_ json: inout JSONBytes, _ type: String, _ title: String, _ text: String,
                               _ url: String, _ detail: String) {
        json.array { json in
            json.string(type)
            json.string(title)
            json.string(text)
            json.string(url)
            json.string(detail)
        }
    }
}
