import CSndFile
import Foundation

/// Reads an audio file as interleaved floats (−1…1) with libsndfile, one chunk at a time, and turns
/// libsndfile's failures into `AudioFileError`s.
///
/// Not Sendable: it belongs to the thread that reads it. The file is closed in `deinit`.
final class AudioDecoder {
    let path: String
    let sampleRate: Int
    let channels: Int
    /// As the container states it; an estimate for MP3.
    let declaredFrames: Int64
    let format: String
    private(set) var framesRead: Int64 = 0
    private let file: OpaquePointer
    private let majorFormat: Int32
    /// 16-bit integer samples: these can go to a 16-bit output without passing through floats.
    let isPCM16: Bool

    static let maxChannels = 6

    init(path: String) throws(AudioFileError) {
        let (file, info) = try SndFileOpen.open(path)
        self.file = file
        self.path = path
        self.sampleRate = Int(info.samplerate)
        self.channels = Int(info.channels)
        self.declaredFrames = Int64(info.frames)
        self.majorFormat = info.format & Int32(SF_FORMAT_TYPEMASK)
        self.isPCM16 = info.format & Int32(SF_FORMAT_SUBMASK) == Int32(SF_FORMAT_PCM_16)
        self.format = SndFileFormat.describe(info.format)
        // From here on `deinit` closes the file on every path.
        guard sampleRate > 0, channels > 0 else { throw .unsupported(path: path, detail: "no sample rate or no channels") }
        guard channels <= Self.maxChannels else { throw .unsupported(path: path, detail: "\(channels) channels") }
        if let detail = SndFileLog.shortfall(in: SndFileLog.text(of: file)) { throw .truncated(path: path, detail: detail) }
    }

    deinit {
        sf_close(file)
    }

    var durationMs: Int64 { framesRead * 1000 / Int64(sampleRate) }

    /// Fills `buffer` with up to `frames` frames; 0 at the end. Throws when the data is damaged or ends
    /// well before the length the file declares.
    func read(into buffer: UnsafeMutablePointer<Float>, frames: Int) throws(AudioFileError) -> Int {
        try giveBack(&shorts)
        return try serve(&floats, into: buffer, frames: frames) { file, to, n in sf_readf_float(file, to, n) }
    }

    /// The same as 16-bit integers, for a 16-bit file going unchanged to a 16-bit output.
    func read(into buffer: UnsafeMutablePointer<Int16>, frames: Int) throws(AudioFileError) -> Int {
        try giveBack(&floats)
        return try serve(&shorts, into: buffer, frames: frames) { file, to, n in sf_readf_short(file, to, n) }
    }

    /// Read-ahead: libsndfile makes one read(2) per call, and a request of a period (50 ms, 9.6 kB) at a
    /// time would cost several times the copy out of a 64 kB block in system calls (`loa play` of a WAV:
    /// 12,000 reads for 10 minutes, a quarter of its CPU). What the block holds is served first; then a
    /// request of half a block or more goes straight through, read where it is wanted (the player renders
    /// a third of a second at a time, so a WAV played as it is reaches the output ring in one copy, the
    /// kernel's, as with aplay). Written by hand: libsndfile has no buffering of its own.
    private struct Block<Sample> {
        var samples: [Sample] = []
        var offset = 0
        var frames = 0
    }
    private static let blockFrames = 16384
    private var shorts = Block<Int16>()
    private var floats = Block<Float>()

    private func serve<Sample: Numeric>(_ block: inout Block<Sample>, into out: UnsafeMutablePointer<Sample>, frames: Int,
                                        _ readFile: (OpaquePointer, UnsafeMutablePointer<Sample>, sf_count_t) -> sf_count_t)
        throws(AudioFileError) -> Int {
        var made = 0
        while made < frames {
            if block.offset == block.frames, frames - made >= Self.blockFrames / 2 {
                let n = try checked(Int(readFile(file, out + made * channels, sf_count_t(frames - made))), of: frames - made)
                made += n
                break
            }
            if block.offset == block.frames {
                if block.samples.isEmpty { block.samples = [Sample](repeating: 0, count: Self.blockFrames * channels) }
                let file = self.file
                let n = block.samples.withUnsafeMutableBufferPointer { b in
                    b.baseAddress.map { Int(readFile(file, $0, sf_count_t(Self.blockFrames))) } ?? 0
                }
                block.offset = 0
                block.frames = try checked(n, of: Self.blockFrames)
                if block.frames == 0 { break }
            }
            let n = min(frames - made, block.frames - block.offset)
            block.samples.withUnsafeBufferPointer { b in
                guard let base = b.baseAddress else { return }
                (out + made * channels).update(from: base + block.offset * channels, count: n * channels)
            }
            block.offset += n
            made += n
        }
        return made
    }

    /// The two blocks share the file's position: frames one of them read ahead and did not serve go back to
    /// the file before the other reads. A stop's fade reads as floats what was playing as 16-bit, and without
    /// this began up to a block (a third of a second) past what was heard.
    private func giveBack<Sample>(_ block: inout Block<Sample>) throws(AudioFileError) {
        let unserved = block.frames - block.offset
        guard unserved > 0 else { return }
        block.offset = block.frames
        framesRead -= Int64(unserved)
        if sf_seek(file, sf_count_t(framesRead), SEEK_SET) < 0 {
            throw .corrupt(path: path, detail: "cannot go back \(unserved) frames in it: \(String(cString: sf_strerror(file)))", atMs: durationMs)
        }
    }

    private func checked(_ n: Int, of frames: Int) throws(AudioFileError) -> Int {
        framesRead += Int64(max(n, 0))
        if n < frames {
            let code = sf_error(file)
            if code != 0 {
                throw .corrupt(path: path, detail: String(cString: sf_strerror(file)), atMs: durationMs)
            }
            if n <= 0, declaredFrames - framesRead > shortfallTolerance {
                throw .truncated(path: path, detail: "it ends at \(AudioFileError.clock(durationMs)) of \(AudioFileError.clock(declaredFrames * 1000 / Int64(sampleRate)))")
            }
        }
        return max(n, 0)
    }

    /// MP3 lengths are estimated from the bit rate, so only a miss of more than two MPEG frames (and 1 %)
    /// counts as a cut file there; every other format states its length exactly.
    private var shortfallTolerance: Int64 {
        majorFormat == Int32(SF_FORMAT_MPEG) ? max(2 * 1152, declaredFrames / 100) : 0
    }
}

/// libsndfile clamps a WAV or AIFF whose data chunk is cut short to the bytes that are there and only
/// says so in its log ("data : 384000 (should be 199956)"); no API reports it, so we read the log.
///
/// Plain standard-library string handling: this runs before every item's first frame, and Foundation's
/// string methods cost more there than the whole parse.
enum SndFileLog {
    /// libsndfile's log of opening `file`.
    static func text(of file: OpaquePointer) -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBufferPointer { sf_command(file, Int32(SFC_GET_LOG_INFO), $0.baseAddress, Int32($0.count)) }
        guard count > 0 else { return "" }
        return String(decoding: buffer.prefix(Int(count)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func shortfall(in log: String) -> String? {
        for line in log.split(separator: "\n") {
            // "data : 384000 (should be 199956)", as words.
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard words.count >= 6, words[0] == "data" || words[0] == "SSND", words[1] == ":",
                  words[3] == "(should", words[4] == "be",
                  let declared = Int(words[2]),
                  let actual = Int(String(words[5].prefix { $0.isNumber })),
                  actual < declared else { continue }
            return "its header promises \(declared) bytes of audio, only \(actual) are there"
        }
        return nil
    }
}
