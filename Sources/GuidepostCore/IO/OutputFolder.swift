import Foundation

/// A folder that a command writes files into, and the one check every writer makes before it
/// writes: the file's name is a plain name (`PlainName`: no `/`, `..`, newline, NUL, leading dot)
/// and the resulting path, standardised, lies directly in the folder. Names often come from data
/// (a scenario's id, an incident's id); ids are checked when they are created, and this is the
/// second line of defence, so no input can make a file land outside `--out`.
public struct OutputFolder: Sendable, Hashable {
    /// The folder, as given.
    public let path: String

    /// The folder at `path` (not created).
    public init(_ path: String) { self.path = path }

    /// The path of the file `name` in the folder.
    /// - Throws: `InputError` naming the folder and the file when `name` is not a plain name or
    ///   the path would lie outside the folder.
    public func file(_ name: String) throws(InputError) -> String {
        if let why = PlainName.problem(name) {
            throw InputError(
                file: path, field: "file name", reason: "refusing to write a file whose name \(why)",
                hint: "the name comes from an id in the input; ids must be plain names")
        }
        let joined = (path as NSString).appendingPathComponent(name)
        let folder = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let parent = URL(fileURLWithPath: joined).standardizedFileURL.deletingLastPathComponent()
            .resolvingSymlinksInPath().path
        guard parent == folder else {
            throw InputError(
                file: joined, reason: "the file would lie outside the output folder \(path)",
                hint: "name files without '/' or '..'")
        }
        return joined
    }

    /// The path of the subfolder `name` of this folder, checked as `file(_:)` checks a file.
    public func folder(_ name: String) throws(InputError) -> OutputFolder {
        OutputFolder(try file(name))
    }
}
