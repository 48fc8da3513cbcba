public import Operations

extension WatchSession {
    /// A watch over a synchronous field channel (the simulator): the channel wrapped as the
    /// watch's feed (`FieldChannelFeed`), played and logged exactly as the channel gives it.
    /// See `init(engine:field:log:run:end:speed:clock:pacedFrom:)` for the parameters.
    public init<Field: FieldChannel>(
        engine: OperationsEngine<ConfiguredOperator>, field: sending Field, log: Log, run: RunID, end: Double, speed: Double,
        clock: ReportClock?, pacedFrom: Double = -.infinity
    ) where Feed == FieldChannelFeed<Field> {
        self.init(
            engine: engine, field: FieldChannelFeed(field), log: log, run: run, end: end, speed: speed, clock: clock, pacedFrom: pacedFrom)
    }
}
