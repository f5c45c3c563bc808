import Foundation

/// The load stage: reads every file of a site and parses it, on both cores; with a
/// parse cache, a file whose stamp is unchanged is read back from the cache instead.
enum SiteLoader {
    /// `listing` is the folder's, when the build has listed it already.
    static func load(_ folder: SiteFolder, listing: SiteFolder.Listing? = nil,
                     reusing reuse: ParseReuse? = nil) throws(DossierError) -> ParsedSite {
        var site = ParsedSite()
        let listed = if let listing { listing } else { try folder.listing() }
        let briefPaths = listed.briefs
        if listed.hasSettings {
            let file = read("dossier.yml", folder)
            site.settingsDigest = ContentDigest(of: file.value?.text ?? "")
            let parsed = file.flatMap(FileParser.settings)
            site.diagnostics += parsed.diagnostics
            site.settings = parsed.value ?? site.settings
        }
        SourcePaths.shared.reserveCapacity(briefPaths.count + listed.profiles.count)
        let held = reuse.map { $0.readsBack ? $0.cache.read(program: $0.program) : [:] } ?? [:]
        var briefs = briefPaths.parallelMap { path in
            parse(path, folder, reuse: reuse, held: held[path], with: FileParser.brief)
        }
        site.diagnostics += briefs.flatMap(\.parsed.diagnostics)
        // Moved out, not copied: copying every parse and letting the first go took 10 ms
        // of a one-edit rebuild, on one core.
        site.briefs.reserveCapacity(briefs.count)
        for index in briefs.indices {
            if let brief = briefs[index].parsed.value.take() { site.briefs.append(brief) }
        }
        let profilePaths = listed.profiles
        let profiles = profilePaths.parallelMap { path in
            parse(path, folder, reuse: reuse, held: held[path], with: FileParser.profile)
        }
        site.diagnostics += profiles.flatMap(\.parsed.diagnostics)
        site.profiles = profiles.compactMap(\.parsed.value)
        for (path, holding) in zip(briefPaths, briefs.map(\.holding)) { site.holdings[path] = holding }
        for (path, holding) in zip(profilePaths, profiles.map(\.holding)) { site.holdings[path] = holding }
        site.hasUnreadableContent = !(briefs.allSatisfy(\.parsed.isComplete) && profiles.allSatisfy(\.parsed.isComplete))
        return site
    }

    /// One file's parse, from the cache when `held` is for the file as it is now, and
    /// how to hold it next time (a file with any diagnostic is not held).
    private static func parse<Value: Persisted>(
        _ path: String, _ folder: SiteFolder, reuse: ParseReuse?, held: ParseCache.Entry?,
        with parser: (SourceFile) -> Parsed<Value>
    ) -> (parsed: Parsed<Value>, holding: ParseCache.Holding?) {
        guard let stamp = reuse?.stamps[path] else { return (read(path, folder).flatMap(parser), nil) }
        if let held, held.stamp == stamp, let value: Value = held.value(path: path, location: folder.fullPath(path)) {
            return (Parsed(value: value, diagnostics: []), .reused(held))
        }
        let parsed = read(path, folder).flatMap(parser)
        guard parsed.diagnostics.isEmpty, parsed.isComplete, parsed.value != nil else { return (parsed, nil) }
        return (parsed, .fresh(stamp: stamp))
    }

    private static func read(_ path: String, _ folder: SiteFolder) -> Parsed<SourceFile> {
        switch folder.read(path) {
        case .success(let file): return Parsed(value: file, diagnostics: [])
        case .failure(let problem): return Parsed(value: nil, diagnostics: [problem], isComplete: false)
        }
    }
}

extension Parsed {
    func flatMap<U>(_ next: (Value) -> Parsed<U>) -> Parsed<U> {
        guard let value else { return Parsed<U>(value: nil, diagnostics: diagnostics, isComplete: isComplete) }
        let result = next(value)
        return Parsed<U>(value: result.value, diagnostics: diagnostics + result.diagnostics,
                         isComplete: isComplete && result.isComplete)
    }
}

/// What the load stage may take from the last build: the parse cache, the program
/// that must have written it, and the stamp of every input file now. Without
/// `readsBack` (a build into a new or emptied output, which is meant to start afresh)
/// every file is parsed, and the cache is only written.
struct ParseReuse: Sendable {
    var cache: ParseCache
    var program: String
    var stamps: [String: String]
    var readsBack = true
}
