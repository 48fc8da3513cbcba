/// Namespace of the Scenario module; its types are documented in their own files.
public enum Scenario {}
