import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import CostarGraph
@testable import CostarExport

/// A parsed XML element (Foundation's `XMLParser`, as on Linux), for reading exports back in tests.
final class XMLTree {
    let name: String
    let attributes: [String: String]
    var children: [XMLTree] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every descendant (and self) named `name`, in document order.
    func all(_ name: String) -> [XMLTree] {
        (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
    }

    /// The first child named `name`.
    func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    /// Parses `data`; throws when it is not well-formed XML.
    static func parse(_ data: Data) throws -> XMLTree {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw ParseError(description: "line \(parser.lineNumber): \(parser.parserError.map(String.init(describing:)) ?? "no root")")
        }
        return root
    }

    static func parse(_ text: String) throws -> XMLTree { try parse(Data(text.utf8)) }

    struct ParseError: Error, CustomStringConvertible { var description: String }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let node = XMLTree(name: elementName, attributes: attributeDict)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}

/// A report whose names and caption need escaping in XML and HTML.
enum OddNetwork {
    static let rock = "Dwayne \"The Rock\" Johnson"
    static let jerry = "Tom & <Jerry>"
    static let zoe = "Zoë 'Q' Kravitz"

    static func report() -> NetworkReport {
        let network = CoappearanceNetwork(units: [
            TestNetworks.unit("odd.txt#01", "2024-05-06", "\(rock), \(jerry) and \(zoe) </script><!-- at the gala.",
                              present: [rock, jerry, zoe]),
            TestNetworks.unit("odd.txt#02", "2024-05-06", "\(rock) & \(jerry) again.", present: [rock, jerry]),
        ])
        let analysis = TestNetworks.analysis(network, [
            rock: .init(degree: 2, weightedDegree: 3, pagerank: 0.4, community: 0),
            jerry: .init(degree: 2, weightedDegree: 3, pagerank: 0.35, community: 0),
            zoe: .init(degree: 2, weightedDegree: 2, pagerank: 0.25, community: 1),
        ], modularity: 0.1)
        return NetworkReport(label: "odd & <2024>", network: network, analysis: analysis)
    }
}
