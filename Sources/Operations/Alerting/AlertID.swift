public import GuidepostCore

/// Tag for alert identifiers.
public enum AlertTag {}

/// Identifies one alert within a run ("A1", "A2", …).
public typealias AlertID = Identifier<AlertTag>
