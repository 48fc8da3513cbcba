import NIOCore

/// The socket side of `LineSplitter`: every byte read goes through the splitter at once, so
/// NIO's buffer never holds more than one read and a line never more than the limit.
final class LineFrameDecoder: ByteToMessageDecoder {
    typealias InboundOut = LineFrame
    private var splitter: LineSplitter

    init(limit: Int) {
        splitter = LineSplitter(limit: limit)
    }

    func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        let frames = splitter.append(buffer.readableBytesView)
        buffer.moveReaderIndex(to: buffer.writerIndex)
        for frame in frames { context.fireChannelRead(Self.wrapInboundOut(frame)) }
        return .needMoreData
    }

    func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        _ = try decode(context: context, buffer: &buffer)
        if seenEOF, let last = splitter.finish() { context.fireChannelRead(Self.wrapInboundOut(last)) }
        return .needMoreData
    }
}
