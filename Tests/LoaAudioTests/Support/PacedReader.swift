import Foundation

/// A reader at the end of a pipe PCM that drains at the byte rate, as a sound card would, and notes
/// when bytes arrive: `time_ns cumulative_bytes` per read, and keeps the bytes (`received`). Its pipe is
/// shrunk to one page so the pipe itself holds almost no audio.
struct PacedReader {
    let script: String
    let log: String
    let data: String

    init(in scratch: Scratch) {
        script = scratch.path("reader.py")
        log = scratch.path("reader.log")
        data = scratch.path("reader.raw")
        let source = """
        import fcntl, os, sys, time
        rate, log_path, data_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
        try:
            fcntl.fcntl(0, 1031, 4096)  # F_SETPIPE_SZ
        except OSError:
            pass
        out = open(log_path, "w")
        raw = open(data_path, "wb")
        start, total = None, 0
        while True:
            chunk = os.read(0, 1024)
            now = time.time_ns()
            if not chunk:
                break
            if start is None:
                start = now
            total += len(chunk)
            raw.write(chunk)
            out.write(f"{now} {total}\\n")
            due = start + total * 1_000_000_000 // rate
            delay = (due - time.time_ns()) / 1e9
            if delay > 0:
                time.sleep(delay)
        out.close()
        raw.close()
        """
        FileManager.default.createFile(atPath: script, contents: Data(source.utf8))
    }

    func device(bytesPerSecond: Int, canRewind: Bool = true) -> String {
        (canRewind ? TestALSA.pipe : TestALSA.pipeThatCannotRewind)("python3 \(script) \(bytesPerSecond) \(log) \(data)")
    }

    /// Every sample the reader received, interleaved.
    func received() throws -> [Int16] {
        try Fixture.readRaw(data)
    }

    /// (arrival time ns, bytes received so far) per read.
    func arrivals() throws -> [(ns: Int64, bytes: Int)] {
        try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count == 2, let ns = Int64(parts[0]), let bytes = Int(parts[1]) else { return nil }
            return (ns, bytes)
        }
    }
}
