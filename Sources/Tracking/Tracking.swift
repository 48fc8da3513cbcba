/// Namespace of the Tracking module; its types are documented in their own files.
public enum Tracking {}
