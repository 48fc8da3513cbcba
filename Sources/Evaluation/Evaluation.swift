/// Namespace of the Evaluation module; its types are documented in their own files.
public enum Evaluation {}
