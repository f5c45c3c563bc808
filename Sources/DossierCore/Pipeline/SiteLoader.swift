import Foundation

/// The load stage: reads every file of a site and parses it, on both cores.
enum SiteLoader {
    static func load(_ folder: SiteFolder) throws(DossierError) -> ParsedSite {
        var site = ParsedSite()
        let briefPaths = try folder.briefPaths()
        if folder.hasSettings {
            let file = read("dossier.yml", folder)
            site.settingsDigest = ContentDigest(of: file.value?.text ?? "")
            let parsed = file.flatMap(FileParser.settings)
            site.diagnostics += parsed.diagnostics
            site.settings = parsed.value ?? site.settings
        }
        let briefs = briefPaths.parallelMap { read($0, folder).flatMap(FileParser.brief) }
        site.diagnostics += briefs.flatMap(\.diagnostics)
        site.briefs = briefs.compactMap(\.value)
        let profiles = folder.profilePaths().parallelMap { read($0, folder).flatMap(FileParser.profile) }
        site.diagnostics += profiles.flatMap(\.diagnostics)
        site.profiles = profiles.compactMap(\.value)
        site.hasUnreadableContent = !(briefs.allSatisfy(\.isComplete) && profiles.allSatisfy(\.isComplete))
        return site
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
