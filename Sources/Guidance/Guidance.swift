/// Namespace of the Guidance module; its types are documented in their own files.
public enum Guidance {}
