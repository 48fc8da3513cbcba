/// A casework command's failure, said plainly.
struct CaseCommandError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
