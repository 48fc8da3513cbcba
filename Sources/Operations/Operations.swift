/// Operations composes tracking, alerting, the incident lifecycle and guidance into the engine
/// behind `guidepost run` (issue 6). Nothing of it is built yet; the target holds its place in
/// the dependency graph so that the import rules of docs/architecture.md are enforced from day one.
public enum Operations {}
