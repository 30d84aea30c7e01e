import CZlib
import Foundation

/// Writes PNG images from the uncompressed bitmaps Graphviz renders, faster than cairo's own PNG writer.
///
/// Graphviz's `png` device hands cairo's image surface to libpng with its defaults: zlib level 6 and an adaptive
/// filter tried on every row. On a 3,000 × 2,500 diagram that costs about 0.3 s, five times the drawing itself.
/// The same cairo drawing comes out of Graphviz's `bmp` device as plain rows of pixels; writing those as PNG with
/// no row filter is what suits a diagram's large flat areas: the files are smaller than cairo's, and the bitmap and
/// its encoding together take about a third of the time of the `png` device. The PNG format is the W3C's Portable Network Graphics specification (https://www.w3.org/TR/png/).
enum PNGEncoder {
    /// The zlib compression level: 3, the strongest of zlib's fast levels. On the diagrams of a 10,000-caption
    /// analysis it writes 7 % more bytes than zlib's default 6 in two thirds of the time (the PNG files are still a
    /// fifth smaller than cairo's).
    static let compressionLevel: Int32 = 3

    /// PNG bytes of the image in a Windows bitmap with 24 or 32 bits a pixel and no compression (what Graphviz's
    /// `bmp` device writes), or `nil` when the bytes are not such a bitmap. The rows are deflated one at a time,
    /// so no second copy of the image is made.
    ///
    /// The bitmap has no alpha: where the canvas, rounded up to whole pixels, runs past the page, the last column
    /// or row is only partly covered by the white page and comes out as a grey of the coverage. On an opaque page
    /// that edge is page, so a grey edge pixel beside a white one is written white, as it shows over a white page.
    static func png(fromBMP raw: UnsafeRawBufferPointer, level: Int32 = compressionLevel) -> Data? {
        guard let bitmap = Bitmap(raw) else { return nil }
        var header = [UInt8]()
        appendBigEndian(UInt32(bitmap.width), to: &header)
        appendBigEndian(UInt32(bitmap.height), to: &header)
        header += [8, 2, 0, 0, 0]  // 8 bits a sample, truecolour, deflate, adaptive filtering, no interlace
        let rowBytes = 1 + bitmap.width * 3
        var row = [UInt8](repeating: 0, count: rowBytes)      // filter type 0 (none), then the pixels
        var above = [UInt8](repeating: 0, count: rowBytes)
        let deflater = Deflater(level: level)
        for y in 0..<bitmap.height {
            swap(&row, &above)
            bitmap.copyRGB(row: y, into: &row)
            whitenIfPartlyCovered(&row, pixel: bitmap.width - 1, besides: row, pixel: bitmap.width - 2)
            if y == bitmap.height - 1, y > 0 {
                for x in 0..<bitmap.width { whitenIfPartlyCovered(&row, pixel: x, besides: above, pixel: x) }
            }
            deflater.add(row, finish: y == bitmap.height - 1)
        }
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        appendChunk("IHDR", header, to: &png)
        appendChunk("IDAT", deflater.output, to: &png)
        appendChunk("IEND", [], to: &png)
        return png
    }

    /// Paints a grey pixel white when the given neighbour is white (see ``png(fromBMP:level:)``).
    private static func whitenIfPartlyCovered(_ row: inout [UInt8], pixel x: Int, besides neighbours: [UInt8],
                                              pixel n: Int) {
        guard x >= 0, n >= 0 else { return }
        let i = 1 + x * 3, j = 1 + n * 3
        guard neighbours[j] == 255, neighbours[j + 1] == 255, neighbours[j + 2] == 255,
              row[i] == row[i + 1], row[i + 1] == row[i + 2] else { return }
        row[i] = 255; row[i + 1] = 255; row[i + 2] = 255
    }

    /// The pixel rows of an uncompressed 24- or 32-bit Windows bitmap.
    private struct Bitmap {
        let raw: UnsafeRawBufferPointer
        let width: Int
        let height: Int
        let bytesPerPixel: Int
        let offset: Int
        let stride: Int
        let bottomUp: Bool

        init?(_ raw: UnsafeRawBufferPointer) {
            guard raw.count >= 54, raw[0] == 0x42, raw[1] == 0x4D else { return nil }
            func u32(_ at: Int) -> UInt32 { raw.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian }
            func u16(_ at: Int) -> UInt16 { raw.loadUnaligned(fromByteOffset: at, as: UInt16.self).littleEndian }
            let signedHeight = Int(Int32(bitPattern: u32(22)))
            let compression = u32(30)
            self.raw = raw
            width = Int(Int32(bitPattern: u32(18)))
            height = abs(signedHeight)
            bottomUp = signedHeight > 0
            bytesPerPixel = Int(u16(28)) / 8
            offset = Int(u32(10))
            stride = (width * bytesPerPixel + 3) & ~3
            guard width > 0, height > 0, bytesPerPixel == 3 || bytesPerPixel == 4,
                  compression == 0 || (compression == 3 && bytesPerPixel == 4),
                  offset + stride * (height - 1) + width * bytesPerPixel <= raw.count else { return nil }
        }

        /// Writes row `y` (from the top) as red, green, blue after the filter byte of `row`.
        func copyRGB(row y: Int, into row: inout [UInt8]) {
            var from = offset + stride * (bottomUp ? height - 1 - y : y)
            row.withUnsafeMutableBufferPointer { out in
                var to = 1
                for _ in 0..<width {
                    out[to] = raw[from + 2]
                    out[to + 1] = raw[from + 1]
                    out[to + 2] = raw[from]
                    to += 3
                    from += bytesPerPixel
                }
            }
        }
    }

    /// A zlib stream (the format PNG's IDAT data takes) fed in pieces. zlib keeps the stream's address in its
    /// state, so the `z_stream` lives at one allocated address for the whole stream.
    private final class Deflater {
        private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        private var buffer = [UInt8](repeating: 0, count: 1 << 16)
        private var open = true
        /// The compressed bytes so far.
        private(set) var output: [UInt8] = []

        init(level: Int32) {
            stream.initialize(to: z_stream())
            let status = deflateInit_(stream, level, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
            precondition(status == Z_OK, "zlib deflateInit failed with \(status)")
        }

        deinit {
            if open { deflateEnd(stream) }
            stream.deallocate()
        }

        /// Compresses `bytes`; with `finish`, ends the stream.
        func add(_ bytes: [UInt8], finish: Bool) {
            bytes.withUnsafeBufferPointer { input in
                stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.pointee.avail_in = uInt(input.count)
                repeat {
                    let produced = buffer.withUnsafeMutableBufferPointer { out -> Int in
                        stream.pointee.next_out = out.baseAddress
                        stream.pointee.avail_out = uInt(out.count)
                        let status = deflate(stream, finish ? Z_FINISH : Z_NO_FLUSH)
                        precondition(status != Z_STREAM_ERROR, "zlib deflate failed")
                        return out.count - Int(stream.pointee.avail_out)
                    }
                    output.append(contentsOf: buffer[0..<produced])
                } while stream.pointee.avail_out == 0
            }
            if finish {
                deflateEnd(stream)
                open = false
            }
        }
    }

    private static func appendChunk(_ type: String, _ body: [UInt8], to png: inout Data) {
        var chunk = [UInt8]()
        chunk.reserveCapacity(body.count + 12)
        appendBigEndian(UInt32(body.count), to: &chunk)
        chunk += Array(type.utf8)
        chunk += body
        let crc = chunk.withUnsafeBufferPointer { c in
            crc32(0, c.baseAddress! + 4, uInt(c.count - 4))
        }
        appendBigEndian(UInt32(crc), to: &chunk)
        png.append(contentsOf: chunk)
    }

    private static func appendBigEndian(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes += [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}
