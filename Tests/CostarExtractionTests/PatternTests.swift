import XCTest
import CostarCorpus
import CostarExtraction

/// Each pattern the extractor handles, as real-looking captions.
final class PatternTests: XCTestCase {
    /// The people of each caption, as "name/role" strings, in order. Captions in one call form one article.
    func people(_ captions: [String], kind: UnitKind = .caption) -> [[String]] {
        let units = captions.enumerated().map { CaptionUnit(document: "a", date: "2024-05-06", id: "a#\($0.offset + 1)", kind: kind, text: $0.element) }
        return Extractor().extract([SourceDocument(name: "a", date: "2024-05-06", units: units)]).units.map { u in
            u.people.map { "\($0.name)/\($0.role.rawValue)" }
        }
    }

    func present(_ caption: String) -> [String] {
        people([caption])[0].filter { $0.hasSuffix("/present") }.map { String($0.dropLast("/present".count)) }
    }

    func testListSeparators() {
        XCTAssertEqual(present("Zendaya, Tom Holland & Timothée Chalamet The co-stars reunited."), ["Zendaya", "Tom Holland", "Timothée Chalamet"])
        XCTAssertEqual(present("Serena Williams; Venus Williams; Coco Gauff The champions posed."), ["Serena Williams", "Venus Williams", "Coco Gauff"])
        XCTAssertEqual(present("Dwyane Wade Gabrielle Union, Winnie Harlow and Precious Lee The friends linked up."),
                       ["Dwyane Wade", "Gabrielle Union", "Winnie Harlow", "Precious Lee"])
    }

    func testWhereTheListEnds() {
        XCTAssertEqual(present("Janelle Monáe, Jack Harlow Janelle and Jack had much to discuss."), ["Janelle Monáe", "Jack Harlow"])
        XCTAssertEqual(present("Nnamdi Asomugha, Kerry Washington, and Anitta Kerry and her husband hit the dancefloor."),
                       ["Nnamdi Asomugha", "Kerry Washington", "Anitta"])
        XCTAssertEqual(present("Cardi B Our May/June cover star never misses."), ["Cardi B"])
    }

    func testNamesOfEveryShape() {
        XCTAssertEqual(present("Yahya Abdul-Mateen II and Sammy Davis Jr. The actors posed."), ["Yahya Abdul-Mateen II", "Sammy Davis Jr."])
        XCTAssertEqual(present("Jonathan Van Ness and Diane von Furstenberg The friends laughed."), ["Jonathan Van Ness", "Diane von Furstenberg"])
        XCTAssertEqual(present("Dr. Jill Biden and Sir Elton John The guests chatted."), ["Jill Biden", "Elton John"])
        XCTAssertEqual(present("A$AP Rocky, Anderson .Paak and Megan Thee Stallion The musicians posed."), ["A$AP Rocky", "Anderson .Paak", "Megan Thee Stallion"])
        XCTAssertEqual(present("Jodie Turner-Smith and Lupita Nyong'o The stars posed on the steps."), ["Jodie Turner-Smith", "Lupita Nyong'o"])
    }

    func testAllCapsCaption() {
        XCTAssertEqual(present("NEW YORK, NEW YORK – MAY 01: KERRY WASHINGTON AND JON BATISTE ATTEND THE GALA. (Photo by Jane Doe/Getty Images)"),
                       ["Kerry Washington", "Jon Batiste"], "capitals are read as names, and written as names")
        XCTAssertEqual(people(["Zendaya and Tom Holland arrive at the gala. (Photo by Kevin Mazur/Getty Images)"])[0],
                       ["Zendaya/present", "Tom Holland/present", "Kevin Mazur/credit"], "a credit left in the text is still a credit")
    }

    func testCouplesAndFamilies() {
        XCTAssertEqual(present("John and Jane Smith The couple arrived early."), ["John Smith", "Jane Smith"])
        XCTAssertEqual(people(["Dwyane Wade and Gabrielle Union arrived.", "It was selfie time for the Wades and Naomi Campbell."])[1],
                       ["Dwyane Wade/present", "Naomi Campbell/present"])
        XCTAssertEqual(people(["Paris and Nicky Hilton tried on the head.", "The Hilton sisters, Paris and Nicky, took turns."], kind: .prose).map(Set.init),
                       [["Paris Hilton/present", "Nicky Hilton/present"], ["Paris Hilton/present", "Nicky Hilton/present"]])
    }

    func testPresentOrOnlyNamed() {
        XCTAssertEqual(people(["Kendall Jenner and Bad Bunny inside Diddy and Doja Cat's after-party."])[0].filter { $0.hasPrefix("Kendall") || $0.hasPrefix("Bad") },
                       ["Kendall Jenner/present", "Bad Bunny/present"])
        XCTAssertEqual(people(["Kim Kardashian posed with the late Karl Lagerfeld's cat."])[0], ["Kim Kardashian/present", "Karl Lagerfeld/named"])
        XCTAssertEqual(people(["Younger sister of Dakota Fanning, Elle Fanning, posted a selfie."])[0], ["Dakota Fanning/named", "Elle Fanning/present"])
        XCTAssertEqual(people(["Lily Collins, daughter of Phil Collins, posed."])[0], ["Lily Collins/present", "Phil Collins/named"])
        XCTAssertEqual(people(["Karlie Kloss showed her baby bump; her second child with Joshua Kushner is due soon."])[0],
                       ["Karlie Kloss/present", "Joshua Kushner/named"])
    }

    func testCreditsAndHandles() {
        let units = Extractor().extract([SourceDocument(name: "a", date: "2024-05-06", units: [
            CaptionUnit(document: "a", date: "2024-05-06", id: "a#1", kind: .caption, text: "Rita Ora\nThe singer posted from bed.", credit: "@ritaora on Instagram."),
            CaptionUnit(document: "a", date: "2024-05-06", id: "a#2", kind: .caption, text: "Zendaya and Tom Holland arrived.", credit: "Photo by Kevin Mazur/Getty Images"),
        ])]).units
        XCTAssertEqual(units[0].people.map(\.name), ["Rita Ora"])
        XCTAssertEqual(units[1].people.map { "\($0.name)/\($0.role.rawValue)" }, ["Zendaya/present", "Tom Holland/present", "Kevin Mazur/credit"])
    }

    func testThingsThatAreNotPeople() {
        XCTAssertEqual(present("Irina Shayk arrived in Jimmy Choo gold boots and a Chanel belt."), ["Irina Shayk"])
        XCTAssertEqual(present("Emily in Paris star Lily Collins posed at the Met Gala for Vogue."), ["Lily Collins"])
        XCTAssertEqual(present("Ashton Sanders and Janelle Monáe The Moonlight co-stars posed in New York City."), ["Ashton Sanders", "Janelle Monáe"])
        XCTAssertEqual(present("Kerry Washington told People and TMZ about the Metropolitan Museum of Art."), ["Kerry Washington"])
    }

    func testOnePersonOneNode() {
        let names = people([
            "Janelle Monaé, Ariana Debose and Jodie Turner Smith The stars arrived.",
            "Janelle Monáe, Ariana DeBose and Jodie Turner-Smith The stars left.",
            "Janelle Monáe, Ariana DeBose and Jodie Turner-Smith The stars came back.",
            "Michaela Jaé Rodrigez and Michaela Jaé Rodriguez The star, twice.",
            "Ashton Sanders and La La Anthony The hosts.",
            "Jon Batiste and La Anthony The friends.",
        ]).flatMap { $0 }.map { $0.replacingOccurrences(of: "/present", with: "") }
        XCTAssertEqual(Set(names), ["Janelle Monáe", "Ariana DeBose", "Jodie Turner-Smith", "Michaela Jaé Rodriguez",
                                    "Michaela Jaé Rodrigez", "La La Anthony", "Ashton Sanders", "Jon Batiste"],
                       "spellings merge; two spellings listed in one caption stay two people")
    }

    func testFirstNamesResolveOnlyInsideTheirArticle() {
        let docs = [
            SourceDocument(name: "a", date: "2022-05-03", units: [CaptionUnit(document: "a", date: "2022-05-03", id: "a#1", kind: .caption, text: "Michaela Jaé Rodriguez and Ariana DeBose The stars posed. Michaela laughed.")]),
            SourceDocument(name: "b", date: "2023-05-02", units: [CaptionUnit(document: "b", date: "2023-05-02", id: "b#1", kind: .caption, text: "Michaela and Zendaya The friends danced.")]),
        ]
        let units = Extractor().extract(docs).units
        XCTAssertEqual(units[0].people.map(\.name), ["Michaela Jaé Rodriguez", "Ariana DeBose"])
        XCTAssertFalse(units[1].people.contains { $0.name == "Michaela Jaé Rodriguez" })
    }

    func testAliasesOverrideAndKeepApart() throws {
        let aliases = try Aliases(tsv: "Em Rata\tEmily Ratajkowski\n# a comment\n!Chlöe\tChloe Bailey\n")
        let docs = [SourceDocument(name: "a", date: "2024-05-06", units: [
            CaptionUnit(document: "a", date: "2024-05-06", id: "a#1", kind: .caption, text: "Em Rata and Chloe Bailey The friends posed."),
            CaptionUnit(document: "a", date: "2024-05-06", id: "a#2", kind: .caption, text: "Chlöe and Normani The singers posed."),
        ])]
        let units = Extractor(aliases: aliases).extract(docs).units
        XCTAssertEqual(units[0].people.map(\.name), ["Emily Ratajkowski", "Chloe Bailey"])
        XCTAssertEqual(units[1].people.map(\.name), ["Chlöe", "Normani"], "a '!' line keeps the two apart")
        XCTAssertThrowsError(try Aliases(tsv: "only one field\n", path: "x.tsv")) { XCTAssertEqual("\($0)", "x.tsv:1: expected 'spelling<TAB>canonical name' (or '!spelling<TAB>other name' to keep two people apart)") }
    }
}
