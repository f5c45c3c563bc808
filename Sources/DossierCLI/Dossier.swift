import ArgumentParser
import DossierCore
import Foundation

@main
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Builds briefing sites: briefs, actors, claims and figures, cross-linked.",
        subcommands: [Build.self, Check.self])
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validate a site and write nothing.")

    @Argument(help: "The site folder.") var root = "."
    @Flag(help: "Check the site as built with drafts.") var drafts = false
    @Flag(help: "Print where the time went, stage by stage.") var timings = false

    func run() throws {
        let clock = Timings()
        let (graph, checked) = try Terminal.run { () throws(DossierError) in
            try Checker.check(root: URL(fileURLWithPath: root), includeDrafts: drafts, timings: clock)
        }
        let report = checked.adding(graph.map(Checker.buildWarnings) ?? [])
        Terminal.print(report)
        if timings { clock.lines.forEach(Terminal.printError) }
        if report.hasErrors { throw ExitCode.failure }
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into its output folder.")

    @Argument(help: "The site folder.") var root = "."
    @Option(help: "The output folder (default: ROOT/site).") var output: String?
    @Flag(help: "Build draft briefs too.") var drafts = false
    @Flag(help: "Print where the time went, stage by stage.") var timings = false

    func run() throws {
        let started = ContinuousClock.now
        let clock = Timings()
        let rootURL = URL(fileURLWithPath: root)
        let outputURL = output.map { URL(fileURLWithPath: $0) } ?? rootURL.appendingPathComponent("site")
        Interruption.install()
        let report = try Terminal.run { () throws(DossierError) in
            try SiteBuilder.build(root: rootURL, output: outputURL, includeDrafts: drafts, timings: clock,
                                  keepsMemory: true, shouldStop: { Interruption.isRequested })
        }
        Terminal.print(report)
        if timings { clock.lines.forEach(Terminal.printError) }
        let shown = output ?? (root == "." ? "site" : (root as NSString).appendingPathComponent("site"))
        Terminal.printError(Terminal.buildSummary(output: shown, counts: clock, elapsed: ContinuousClock.now - started))
    }
}
