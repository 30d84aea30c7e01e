import Foundation

/// The repository's `seeds/` folder, found from this file's path so tests run from any working directory.
enum Seeds {
    static let folder: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds").path
    static let met2022 = folder + "/000_38553dad852f1b7e.txt"
    static let gossip2023 = folder + "/001_18b68c406d08b73a.txt"
    static let prep2023 = folder + "/002_b92f183142939783.txt"
}
