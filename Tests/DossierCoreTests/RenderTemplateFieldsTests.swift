import Foundation
import Testing
@testable import DossierCore

/// The view models make their template trees by hand (`TemplateRepresentable`); their
/// `Encodable` declarations say what templates see. Both give the same tree, page for
/// page: the same names, the same values, and the same fields left out.
@Suite struct RenderTemplateFieldsTests {
    static func expectSameTrees(_ root: URL) throws {
        let (linked, report) = try Checker.check(root: root)
        let graph = try #require(linked, "\(report.lines())")
        let jobs = SiteRenderer.jobs(for: graph)
        for job in jobs {
            let model = try job.model(graph, nil)
            let made = try #require(model as? any TemplateRepresentable, "\(job.path)")
            let encoded = try TemplateEncoder.encode(model)
            #expect(Self.text(made.templateValue) == Self.text(encoded), "\(job.path)")
            // A site's own template may look up any of them without a warning.
            let unknown = Self.names(in: made.templateValue).subtracting(TemplateProblems.fieldNames)
            #expect(unknown.isEmpty, "\(job.path) gives fields that TemplateProblems.fieldNames lacks: \(unknown.sorted())")
        }
        #expect(jobs.count > 7)
    }

    /// Every field name in a tree.
    static func names(in value: TemplateValue) -> Set<String> {
        switch value {
        case .array(let box): box.values.reduce(into: []) { $0.formUnion(names(in: $1)) }
        case .dictionary(let box): box.fields.reduce(into: []) { $0.insert($1.name); $0.formUnion(names(in: $1.value)) }
        default: []
        }
    }

    /// A tree as text: fields by name (the last of a name wins, as in a look-up), lists in order.
    static func text(_ value: TemplateValue) -> String {
        switch value {
        case .text(let text): return "\"\(text)\""
        case .flag(let flag): return String(flag)
        case .integer(let number): return String(number)
        case .real(let number): return String(number)
        case .empty: return "{}"
        case .array(let box): return "[" + box.values.map(text).joined(separator: ", ") + "]"
        case .dictionary(let box):
            var fields: [String: String] = [:]
            for field in box.fields { fields[field.name] = text(field.value) }
            return "{" + fields.keys.sorted().map { "\($0): \(fields[$0]!)" }.joined(separator: ", ") + "}"
        }
    }

    @Test func theExampleAndTheFixtureMakeTheTreesTheirDeclarationsSay() throws {
        try Self.expectSameTrees(Repository.root)
        try Self.expectSameTrees(SiteOutputTests.fixture)
    }

    @Test func generatedBriefsMakeTheTreesTheirDeclarationsSay() throws {
        try Repository.withGeneratedCorpus(briefs: 60, named: "template-fields-corpus", Self.expectSameTrees)
    }
}
