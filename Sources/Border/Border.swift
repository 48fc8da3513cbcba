/// Namespace of the Border module; its types are documented in their own files.
public enum Border {}
