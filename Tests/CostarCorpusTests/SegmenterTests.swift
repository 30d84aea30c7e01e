import XCTest
@testable import CostarCorpus

final class SegmenterTests: XCTestCase {
    func units(_ path: String) throws -> [CaptionUnit] {
        try CorpusLoader.load(paths: [path]).flatMap(\.units)
    }

    func testNumberedCaptionsRunInSequence() throws {
        let units = try units(Seeds.met2022)
        let numbered = units.filter { $0.kind == .caption && !$0.id.contains("photo") }
        XCTAssertEqual(numbered.map { String($0.id.split(separator: "#")[1]) }, (1...26).map { String(format: "%02d", $0) })
        let twelve = try XCTUnwrap(units.first { $0.id == "000_38553dad852f1b7e.txt#12" })
        XCTAssertTrue(twelve.text.hasPrefix("Megan Thee Stallion, Jeremy Scott"))
        XCTAssertTrue(twelve.text.hasSuffix("beauties Ariana and Michaela Jaé"), "Table 18 must stay inside caption 12")
        let eight = try XCTUnwrap(units.first { $0.id.hasSuffix("#08") })
        XCTAssertEqual(eight.text, "Nnamdi Asomugha, Kerry Washington, Vanessa Hudgens, Simone Ashley, Ariana DeBose, and Anitta Kerry and her husband hit the dancefloor alongside Oscar-winner Ariana Debose and stars of music and film industries.")
        XCTAssertEqual(eight.date, "2022-05-03")
        XCTAssertEqual(eight.document, "000_38553dad852f1b7e.txt")
    }

    func testAgencyCaptionKeepsItsCreditApart() throws {
        let agency = try XCTUnwrap(try units(Seeds.met2022).first { $0.id.hasSuffix("#photo1") })
        XCTAssertEqual(agency.kind, .caption)
        XCTAssertEqual(agency.credit, "Photo by Kevin Mazur/MG22/Getty Images for The Met Museum/Vogue")
        XCTAssertFalse(agency.text.contains("Kevin Mazur"))
        XCTAssertTrue(agency.text.contains("Kerry Washington, Vanessa Hudgens"))
    }

    func testProseParagraphsAreUnitsToo() throws {
        let units = try units(Seeds.met2022)
        XCTAssertEqual(units.filter { $0.kind == .prose }.count, 4)
        XCTAssertEqual(units.count, 4 + 1 + 26)
        XCTAssertTrue(units[0].text.hasPrefix("The Met Gala returned"), "the text after the date on the first line is the first paragraph")
    }

    func testTextAboveAnImageCredit() throws {
        let units = try units(Seeds.gossip2023)
        let captions = units.filter { $0.kind == .caption }
        XCTAssertEqual(captions.map(\.text), [
            "Kendall and Bad Bunny inside Diddy and Doja Cat's after-party.",
            "Who was under the head at this precise moment, I wonder?",
        ])
        XCTAssertEqual(captions.map(\.credit), ["Getty.", "Getty."])
        XCTAssertFalse(units.contains { $0.text.hasPrefix("Feature image") }, "a credit alone is no unit")
    }

    func testSectionHeadingJoinsItsCaption() throws {
        let units = try units(Seeds.prep2023)
        let elle = try XCTUnwrap(units.first { $0.credit == "@ellefanning on Instagram." })
        XCTAssertTrue(elle.text.hasPrefix("Elle Fanning\nYounger sister of Dakota"))
        let kloss = try XCTUnwrap(units.first { $0.credit?.hasPrefix("@karliekloss") == true })
        XCTAssertEqual(kloss.credit?.components(separatedBy: "; ").count, 4, "four credits in a row are one set of pictures")
        let lizzo = try XCTUnwrap(units.first { $0.text == "Lizzo" })
        XCTAssertEqual(lizzo.kind, .prose, "a heading without a credit is prose")
        XCTAssertEqual(units.filter { $0.kind == .caption }.count, 9, "one unit per set of pictures: nine sections end in credits")
    }

    func testLeadingNumbersNeedNeighbours() {
        let doc = Document(name: "d", date: "2024-01-01", text: "10 Celebrities arrived late.\n\nThen it rained.")
        XCTAssertEqual(Segmenter.units(of: doc).map(\.kind), [.prose, .prose])
        let list = Document(name: "d", date: "2024-01-01", text: "1 Ann Lee The host.\n2 Bo Chan The guest.\n3 Cy Twombly Late.")
        XCTAssertEqual(Segmenter.units(of: list).map(\.id), ["d#01", "d#02", "d#03"])
        XCTAssertEqual(Segmenter.units(of: list).map(\.text), ["Ann Lee The host.", "Bo Chan The guest.", "Cy Twombly Late."])
    }
}
