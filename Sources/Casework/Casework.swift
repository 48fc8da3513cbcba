/// Casework follows a person after custody: questioning, the protection decision, settlement
/// or repatriation (issue 6 and later). Nothing of it is built yet; the target holds its place
/// in the dependency graph so that the import rules of docs/architecture.md apply from day one.
public enum Casework {}
