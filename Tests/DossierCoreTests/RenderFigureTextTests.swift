import Testing
@testable import DossierCore

@Suite struct RenderFigureTextTests {
    @Test(arguments: [
        (3000.0, "3,000"), (10000, "10,000"), (999, "999"), (1_234_567, "1,234,567"),
        (0, "0"), (2.5, "2.5"), (12345.75, "12,345.75"), (-4500, "-4,500"), (0.125, "0.125"),
        (100, "100"), (1000, "1,000"), (123_456, "123,456"), (1234.5, "1,234.5"), (-0.5, "-0.5"),
        (1e20, "100,000,000,000,000,000,000"), (1.5e-7, "0.00000015"),
    ])
    func numbersAreGroupedAndKeepTheirDecimals(value: Double, expected: String) {
        #expect(FigureText.format(value) == expected)
    }

    @Test func qualifiersReadAsWords() {
        let cases: [(Qualifier, String)] = [
            (.exact, "3,000 troops"), (.about, "about 3,000 troops"), (.atLeast, "at least 3,000 troops"),
            (.moreThan, "more than 3,000 troops"), (.upTo, "up to 3,000 troops"), (.fewerThan, "fewer than 3,000 troops"),
        ]
        for (qualifier, expected) in cases {
            #expect(FigureText.text(amount: .value(3000), qualifier: qualifier, unit: "troops") == expected)
        }
    }

    @Test func rangesUseAnEnDash() {
        #expect(FigureText.text(amount: .range(min: 2000, max: 3000), qualifier: .range, unit: "troops") == "2,000–3,000 troops")
        #expect(FigureText.text(amount: .range(min: 1.5, max: 2.5), qualifier: .about, unit: nil) == "about 1.5–2.5")
    }

    @Test func aFigureWithoutUnitIsJustItsNumber() {
        #expect(FigureText.text(amount: .value(12), qualifier: .exact, unit: nil) == "12")
        #expect(FigureText.text(amount: .value(12), qualifier: .about, unit: "") == "about 12")
    }
}
