/// Namespace of the Simulation module; its types are documented in their own files.
public enum Simulation {}
