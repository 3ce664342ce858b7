"""A real station for the browser tests: a configuration in a temporary folder whose zones play into
capture files (real libasound, `file` PCMs drained at a sound card's pace), the real `loa run` on it, the
accounts made with `loa web user add`, and the real `loa web` on a free loopback port."""

import array
import datetime
import os
import re
import signal
import subprocess
import sys
import time
import zoneinfo

STATION_ZONE = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
ZONES = {"toan-xa": "Toàn xã", "thon-na-mu": "Thôn Nà Mu"}

# name, role, display name, password: made with `loa web user add`, the password on stdin.
ACCOUNTS = {
    "lan": ("officer", "Nguyễn Thị Lan", "mật khẩu của Lan"),
    "chutich": ("approver", "Vi Văn Thái", "phê duyệt kế hoạch"),
    "xem": ("viewer", "Hoàng Văn Xem", "chỉ xem thôi nhé"),
}

# Drains a `file` PCM's pipe at 48 kHz × 2 channels × 2 bytes a second, so airings take their real time.
PACED_CAPTURE = r'''
import sys, time
out, rate, start, total = open(sys.argv[1], "ab"), int(sys.argv[2]), None, 0
while True:
    chunk = sys.stdin.buffer.read1(4096)
    if not chunk:
        break
    start = start or time.monotonic()
    out.write(chunk)
    out.flush()
    total += len(chunk)
    ahead = total / rate - (time.monotonic() - start)
    if ahead > 0:
        time.sleep(ahead)
'''


def station_now():
    return datetime.datetime.now(STATION_ZONE)


class Station:
    def __init__(self, loa, folder):
        self.loa = loa
        self.folder = folder
        self.config = os.path.join(folder, "etc", "loa.toml")
        self.dropins = os.path.join(folder, "etc", "announcements.d")
        self.users = os.path.join(folder, "etc", "web-users.json")
        self.state = os.path.join(folder, "state")
        self.log = os.path.join(self.state, "airings.sqlite")
        self.status = os.path.join(self.state, "status.json")
        self.emergency = os.path.join(self.state, "emergency")
        self.uploads = os.path.join(self.state, "web", "uploads")
        self.capture = os.path.join(folder, "capture")
        self.media = os.path.join(folder, "media")
        self.processes = []
        self.daemon = None

    # ── files ──────────────────────────────────────────────────────────────────────────────────
    def write_files(self):
        for path in (self.dropins, self.state, self.capture, self.media, os.path.dirname(self.uploads)):
            os.makedirs(path, exist_ok=True)
        zones = "".join(f'\n[zones.{zone}]\nname = "{name}"\ndevice = "loa_{zone.replace("-", "_")}"\n'
                        for zone, name in ZONES.items())
        all_zones = ", ".join(f'"{zone}"' for zone in ZONES)
        with open(self.config, "w", encoding="utf-8") as f:
            f.write(f'''# Trạm thử của scripts/browser-test
[station]
name = "Đài truyền thanh xã Cao Lâu"
timezone = "Asia/Ho_Chi_Minh"
loudness = -16.0
pause = "1s"
place = "Cao Lâu"
{zones}
[[slot]]
id = "sang"
name = "Buổi sáng"
days = "daily"
start = 06:00:00
max_length = "30m"
zones = [{all_zones}]

[[slot]]
id = "chieu"
name = "Buổi chiều"
days = "daily"
start = 17:30:00
max_length = "30m"
zones = [{all_zones}]
''')
        with open(os.path.join(self.folder, "paced-capture.py"), "w") as f:
            f.write(PACED_CAPTURE)
        with open(os.path.join(self.folder, "asound.conf"), "w") as f:
            f.write("</usr/share/alsa/alsa.conf>\n")
            for zone in ZONES:
                f.write(f'pcm.loa_{zone.replace("-", "_")} {{\n  type file\n  slave.pcm "null"\n'
                        f'  file "|python3 {self.folder}/paced-capture.py {self.capture}/{zone}.raw 192000"\n'
                        f'  format "raw"\n}}\n')
        # Recordings the officer has on the phone: an MP3 for the campaign, a WAV for the urgent notice.
        self.sox("chien-dich.mp3", "sine 523", 4)
        self.sox("tin-khan.wav", "sine 880", 3)

    def sox(self, name, tone, seconds):
        subprocess.run(["sox", "-V1", "-n", "-r", "48000", "-c", "2", os.path.join(self.media, name),
                        "synth", str(seconds), *tone.split(), "gain", "-12"], check=True)

    # ── processes ──────────────────────────────────────────────────────────────────────────────
    def run_loa(self, *arguments, stdin=None):
        return subprocess.run([self.loa, *arguments], input=stdin, capture_output=True, text=True)

    def add_accounts(self):
        for name, (role, display, password) in ACCOUNTS.items():
            result = self.run_loa("web", "user", "add", name, "--role", role, "--display-name", display,
                                  "--users", self.users, stdin=password + "\n")
            if result.returncode != 0:
                raise RuntimeError(f"loa web user add {name} failed: {result.stderr}")

    def start_daemon(self):
        environment = dict(os.environ, ALSA_CONFIG_PATH=os.path.join(self.folder, "asound.conf"))
        self.daemon = self.spawn("loa-run", [self.loa, "run", "--config", self.config, "--log", self.log,
                                             "--status", self.status, "--emergency-folder", self.emergency], environment)
        # Running once the status file is there.
        wait_for(lambda: os.path.exists(self.status), 60, "loa run to write its status file", self.daemon)

    def start_web(self, *extra, name="loa-web"):
        process = self.spawn(name, [self.loa, "web", "--config", self.config, "--log", self.log, "--status", self.status,
                                    "--users", self.users, "--uploads", self.uploads, "--listen", "127.0.0.1:0", *extra],
                             dict(os.environ))
        url = []

        def printed_url():
            text = open(process.out_path, encoding="utf-8", errors="replace").read()
            found = re.search(r"http://127\.0\.0\.1:(\d+)/", text)
            if found:
                url.append(f"http://127.0.0.1:{found.group(1)}")
            return bool(found)
        wait_for(printed_url, 60, f"{name} to print its address", process)
        return url[0]

    def spawn(self, name, command, environment):
        out_path = os.path.join(self.folder, f"{name}.out")
        err_path = os.path.join(self.folder, f"{name}.err")
        process = subprocess.Popen(command, stdout=open(out_path, "w"), stderr=open(err_path, "w"),
                                   env=environment, start_new_session=True)
        process.out_path, process.err_path, process.name = out_path, err_path, name
        self.processes.append(process)
        return process

    def stop(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in reversed(self.processes):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()

    def dump_logs(self):
        for process in self.processes:
            for path in (process.out_path, process.err_path):
                text = open(path, encoding="utf-8", errors="replace").read()
                if text.strip():
                    print(f"── {os.path.basename(path)} (last 40 lines)", file=sys.stderr)
                    print("\n".join(text.splitlines()[-40:]), file=sys.stderr)

    # ── what the station did ───────────────────────────────────────────────────────────────────
    def captured_bytes(self, zone):
        path = os.path.join(self.capture, f"{zone}.raw")
        return os.path.getsize(path) if os.path.exists(path) else 0

    def captured_sound(self, zone, since=0):
        """Bytes after `since` in the zone's capture that are not silence (16-bit samples above -40 dBFS)."""
        path = os.path.join(self.capture, f"{zone}.raw")
        if not os.path.exists(path):
            return 0
        with open(path, "rb") as f:
            f.seek(since)
            data = f.read()
        samples = array.array("h")
        samples.frombytes(data[: len(data) - len(data) % 2])
        if sys.byteorder != "little":
            samples.byteswap()
        return sum(1 for sample in samples if sample > 328 or sample < -328)


def wait_for(condition, seconds, what, process=None):
    """Polls `condition` until it holds; fails naming `what` after `seconds`, or at once when `process` died."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{process.name} exited ({process.returncode}) while waiting for {what}")
        time.sleep(0.25)
    raise RuntimeError(f"timed out after {seconds} s waiting for {what}")
