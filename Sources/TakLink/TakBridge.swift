public import Pipeline

/// Puts the watch on the TAK server: each frame the watch publishes is turned into CoT
/// (`WatchCoT`) and queued on the link's outbox. It reads the watch's frames through a small
/// buffer that keeps the newest, so a slow link never slows the watch; a frame it misses is
/// made good by the next, since every frame is the whole picture and `WatchCoT` sends what
/// changed.
public enum TakBridge {
    /// Runs until the watch's frames end or the task is cancelled.
    public static func run(watch: some WatchControl, link: TakLink, options: WatchCoT.Options = .init()) async {
        var mapper = WatchCoT(options: options)
        for await frame in await watch.frames(buffer: 2) {
            if Task.isCancelled { break }
            for item in mapper.events(for: frame, at: TakClock.now(), devices: link.inbox.devices()) { link.outbox.send(item) }
        }
    }
}
