/// The theme a site is built with, loaded on another core while the site is read and
/// linked, its problems joined to the content's so that one run reports them all.
struct ThemeLoad: Sendable {
    private let loading: Background<Result<Theme, DossierError>>

    init(_ folder: SiteFolder, _ listing: SiteFolder.Listing) {
        loading = Background { Result { () throws(DossierError) in try folder.theme(listing) } }
    }

    /// The theme, or nil when it has errors; and `report` with the theme's errors or
    /// warnings added.
    func join(_ report: DiagnosticReport) throws(DossierError) -> (Theme?, DiagnosticReport) {
        switch loading.value {
        case .success(let theme): (theme, report.adding(theme.warnings))
        case .failure(.contentHasErrors(let problems)): (nil, report.adding(problems.diagnostics))
        case .failure(let error): throw error
        }
    }
}

extension SiteFolder {
    /// The built-in templates with the site's own `Templates/*` over them, file by file.
    /// A file that cannot be read is an error as a template that does not parse is;
    /// the others are still loaded, so that a run reports every problem. (The unreadable
    /// one stands there empty, so that templates including it do not report it missing.)
    func theme(_ listing: Listing) throws(DossierError) -> Theme {
        var overrides: [String: String] = [:]
        var unreadable: [Diagnostic] = []
        for path in listing.templates {
            let name = String(path.dropFirst(TemplateProblems.folder.count))
            switch read(path) {
            case .success(let file): overrides[name] = file.text
            case .failure(let problem):
                unreadable.append(problem)
                overrides[name] = ""
            }
        }
        switch Result(catching: { () throws(DossierError) in try Theme.load(overrides: overrides) }) {
        case .success(let theme) where unreadable.isEmpty: return theme
        case .success: throw .contentHasErrors(DiagnosticReport(unreadable))
        case .failure(.contentHasErrors(let problems)): throw .contentHasErrors(DiagnosticReport(unreadable + problems.diagnostics))
        case .failure(let error): throw error
        }
    }
}
