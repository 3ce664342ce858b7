#!/usr/bin/env python3
"""Regenerates the configuration fixtures under broken/ and valid/.

Every case is the small valid BASE configuration below with exactly one edit.
Lines in expected.json are computed from the generated text (first line that
contains a needle), so editing BASE cannot leave a stale line number behind.

Run from anywhere:  python3 Tests/Fixtures/generate.py
Needs python3 >= 3.11 (tomllib) and sox.
"""
import json
import os
import shutil
import subprocess
import tomllib
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

MAIN = """\
[station]
name = "Đài truyền thanh xã Cao Lâu"
timezone = "Asia/Ho_Chi_Minh"

[zones.toan-xa]
name = "Toàn xã"
device = "default"

[zones.thon-na-mu]
name = "Thôn Nà Mu"
device = "plughw:1,0"

[[slot]]
id = "sang"
name = "Buổi sáng"
days = "daily"
start = 06:00:00
max_length = "30m"
zones = ["toan-xa"]

[[slot]]
id = "chieu"
name = "Buổi chiều"
days = "daily"
start = 17:00:00
max_length = "30m"
zones = ["toan-xa", "thon-na-mu"]
"""

ANN_PATH = "announcements.d/binh-dang-gioi.toml"
ANN = """\
campaign = "Tháng hành động vì bình đẳng giới 2023"
from = 2023-11-15
until = 2023-12-15
approved_by = "Vi Văn Thái"

[[announcement]]
id = "chu-de"
title = "Chủ đề Tháng hành động"
audio = "audio/chu-de.wav"
slots = ["sang", "chieu"]
"""
ANN_AUDIO = "announcements.d/audio/chu-de.wav"


def sub(text, old, new):
    n = text.count(old)
    assert n == 1, f"{old!r} occurs {n} times"
    return text.replace(old, new)


def line_of(text, needle, nth=1):
    seen = 0
    for i, line in enumerate(text.split("\n"), 1):
        if needle in line:
            seen += 1
            if seen == nth:
                return i
    raise AssertionError(f"{needle!r} (#{nth}) not found")


def wav(path, seconds):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    subprocess.run(["sox", "-n", "-r", "8000", "-c", "1", "-b", "16", path,
                    "synth", str(seconds), "sine", "440"], check=True)


CASES = []


def case(name, main=MAIN, ann=ANN, extra=None, audio=None, text_files=None,
         expect=None, parses=True):
    """expect: dict with code, file, at=(needle[, nth]) or no 'at', subject, contains."""
    files = {"loa.toml": main}
    if ann is not None:
        files[ANN_PATH] = ann
    files.update(extra or {})
    if audio is None:
        audio = {ANN_AUDIO: 1} if ann is not None else {}
    CASES.append((name, files, audio, text_files or {}, expect, parses))


def write_case(root, name, files, audio, text_files, expect, parses):
    d = os.path.join(root, name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    for rel, content in files.items():
        p = os.path.join(d, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode())
        if parses and rel.endswith(".toml"):
            raw = content if isinstance(content, bytes) else content.encode()
            tomllib.loads(raw.decode("utf-8-sig").replace("\r\n", "\n"))
    for rel, secs in audio.items():
        wav(os.path.join(d, rel), secs)
    for rel, text in text_files.items():
        p = os.path.join(d, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(text)
    return d


def build_broken():
    root = os.path.join(HERE, "broken")
    shutil.rmtree(root, ignore_errors=True)
    for i, (name, files, audio, text_files, expect, parses) in enumerate(CASES, 1):
        full = f"{i:02d}-{name}"
        d = write_case(root, full, files, audio, text_files, expect, parses)
        e = {"severity": "error", "code": expect["code"], "file": expect["file"]}
        if "at" in expect:
            needle, *nth = expect["at"] if isinstance(expect["at"], tuple) else (expect["at"],)
            content = files[expect["file"]]
            if isinstance(content, bytes):
                content = content.decode("latin-1")
            e["line"] = line_of(content, needle, *nth)
        if "subject" in expect:
            e["subject"] = expect["subject"]
        e["contains"] = expect.get("contains", [])
        with open(os.path.join(d, "expected.json"), "w") as f:
            json.dump(e, f, ensure_ascii=False)
            f.write("\n")


A = 'announcement "chu-de"'

# ---- TOML syntax -----------------------------------------------------------
case("syntax-missing-quote",
     ann=sub(ANN, 'title = "Chủ đề Tháng hành động"', 'title = "Chủ đề Tháng hành động'),
     parses=False,
     expect=dict(code="toml-syntax", file=ANN_PATH, at="title ="))
case("syntax-missing-equals",
     main=sub(MAIN, 'device = "plughw:1,0"', 'device "plughw:1,0"'), parses=False,
     expect=dict(code="toml-syntax", file="loa.toml", at='device "plughw'))
case("syntax-unclosed-bracket",
     main=sub(MAIN, "[zones.thon-na-mu]", "[zones.thon-na-mu"), parses=False,
     expect=dict(code="toml-syntax", file="loa.toml", at="[zones.thon-na-mu"))
case("syntax-duplicate-key",
     ann=sub(ANN, 'audio = "audio/chu-de.wav"\n',
             'audio = "audio/chu-de.wav"\ntitle = "Thông điệp Tháng hành động"\n'),
     parses=False,
     expect=dict(code="toml-syntax", file=ANN_PATH, at=("title =", 2), contains=["title"]))

# ---- unknown keys (near-miss typos) -----------------------------------------
case("unknown-key-station-timezon",
     main=sub(MAIN, "timezone =", "timezon ="),
     expect=dict(code="unknown-key", file="loa.toml", at="timezon =", subject="station",
                 contains=["timezon", "timezone"]))
case("unknown-key-zone-devcie",
     main=sub(MAIN, 'device = "plughw:1,0"', 'devcie = "plughw:1,0"'),
     expect=dict(code="unknown-key", file="loa.toml", at="devcie", subject='zone "thon-na-mu"',
                 contains=["devcie", "device"]))
case("unknown-key-slot-max-lenght",
     main=sub(MAIN, 'max_length = "30m"\nzones = ["toan-xa"]', 'max_lenght = "30m"\nzones = ["toan-xa"]'),
     expect=dict(code="unknown-key", file="loa.toml", at="max_lenght", subject='slot "sang"',
                 contains=["max_lenght", "max_length"]))
case("unknown-key-announcement-aprroved-by",
     ann=ANN + 'aprroved_by = "Hoàng Thị Lan"\n',
     expect=dict(code="unknown-key", file=ANN_PATH, at="aprroved_by", subject=A,
                 contains=["aprroved_by", "approved_by"]))
case("unknown-key-file-campain",
     ann=sub(ANN, "campaign =", "campain ="),
     expect=dict(code="unknown-key", file=ANN_PATH, at="campain =",
                 contains=["campain", "campaign"]))
case("announcement-in-main-file",
     main=MAIN + '\n[[announcement]]\nid = "hop-dan"\ntitle = "Thông báo họp dân thôn Nà Mu"\n'
                 'audio = "audio/hop-dan.wav"\nslots = ["chieu"]\napproved_by = "Vi Văn Thái"\n',
     audio={ANN_AUDIO: 1, "audio/hop-dan.wav": 1},
     expect=dict(code="unknown-key", file="loa.toml", at="[[announcement]]",
                 contains=["announcement", "announcements.d"]))

# ---- missing required keys --------------------------------------------------
case("missing-station-name",
     main=sub(MAIN, 'name = "Đài truyền thanh xã Cao Lâu"\n', ""),
     expect=dict(code="missing-key", file="loa.toml", at="[station]", subject="station",
                 contains=["name"]))
case("missing-zone-device",
     main=sub(MAIN, 'device = "plughw:1,0"\n', ""),
     expect=dict(code="missing-key", file="loa.toml", at="[zones.thon-na-mu]",
                 subject='zone "thon-na-mu"', contains=["device"]))
case("missing-slot-start",
     main=sub(MAIN, "start = 17:00:00\n", ""),
     expect=dict(code="missing-key", file="loa.toml", at=("[[slot]]", 2), subject='slot "chieu"',
                 contains=["start"]))
case("missing-announcement-audio",
     ann=sub(ANN, 'audio = "audio/chu-de.wav"\n', ""), audio={},
     expect=dict(code="missing-key", file=ANN_PATH, at="[[announcement]]", subject=A,
                 contains=["audio"]))
case("missing-announcement-title",
     ann=sub(ANN, 'title = "Chủ đề Tháng hành động"\n', ""),
     expect=dict(code="missing-key", file=ANN_PATH, at="[[announcement]]", subject=A,
                 contains=["title"]))

# ---- wrong types --------------------------------------------------------------
case("wrong-type-max-length-number",
     main=sub(MAIN, 'max_length = "30m"\nzones = ["toan-xa"]', 'max_length = 30\nzones = ["toan-xa"]'),
     expect=dict(code="wrong-type", file="loa.toml", at="max_length = 30", subject='slot "sang"',
                 contains=["max_length", "30m"]))
case("wrong-type-zones-string",
     main=sub(MAIN, 'zones = ["toan-xa"]', 'zones = "toan-xa"'),
     expect=dict(code="wrong-type", file="loa.toml", at='zones = "toan-xa"', subject='slot "sang"',
                 contains=["zones", "toan-xa"]))
case("wrong-type-times-word",
     ann=ANN + 'times = "two"\n',
     expect=dict(code="wrong-type", file=ANN_PATH, at="times =", subject=A,
                 contains=["times", "two"]))
case("wrong-type-gain-word",
     ann=ANN + 'gain = "loud"\n',
     expect=dict(code="wrong-type", file=ANN_PATH, at="gain =", subject=A,
                 contains=["gain", "loud"]))

# ---- invalid values -----------------------------------------------------------
case("invalid-priority-urgent",
     ann=ANN + 'priority = "urgent"\n',
     expect=dict(code="invalid-value", file=ANN_PATH, at="priority =", subject=A,
                 contains=["urgent", "emergency"]))
case("invalid-days-everyday",
     main=sub(MAIN, 'days = "daily"\nstart = 06', 'days = "everyday"\nstart = 06'),
     expect=dict(code="invalid-value", file="loa.toml", at='"everyday"', subject='slot "sang"',
                 contains=["everyday", "daily"]))
case("invalid-days-funday",
     main=sub(MAIN, 'days = "daily"\nstart = 17', 'days = ["mon", "funday"]\nstart = 17'),
     expect=dict(code="invalid-value", file="loa.toml", at="funday", subject='slot "chieu"',
                 contains=["funday"]))
case("invalid-day-of-month-32",
     ann=ANN + "days = [1, 15, 32]\n",
     expect=dict(code="invalid-value", file=ANN_PATH, at="days =", subject=A, contains=["32"]))

# ---- duplicate ids ------------------------------------------------------------
case("duplicate-announcement-id-same-file",
     ann=ANN + '\n[[announcement]]\nid = "chu-de"\ntitle = "Thông điệp chống bạo lực gia đình"\n'
               'audio = "audio/chu-de.wav"\nslots = ["chieu"]\n',
     expect=dict(code="duplicate-id", file=ANN_PATH, at=('id = "chu-de"', 2), subject=A,
                 contains=["chu-de"]))
P2 = "announcements.d/phong-chong-xam-hai-tre-em.toml"
case("duplicate-announcement-id-across-files",
     extra={P2: 'campaign = "Phòng chống bạo lực, xâm hại trẻ em"\nfrom = 2023-11-15\n'
                'until = 2023-12-15\napproved_by = "Vi Văn Thái"\n\n[[announcement]]\n'
                'id = "chu-de"\ntitle = "Lễ phát động phòng chống bạo lực, xâm hại trẻ em"\n'
                'audio = "audio/le-phat-dong.wav"\nat = [2023-11-20T07:30:00]\n'
                'zones = ["thon-na-mu"]\n'},
     audio={ANN_AUDIO: 1, "announcements.d/audio/le-phat-dong.wav": 1},
     expect=dict(code="duplicate-id", file=P2, at='id = "chu-de"', subject=A,
                 contains=["chu-de", "binh-dang-gioi.toml"]))
case("duplicate-slot-id",
     main=sub(MAIN, '[[slot]]\nid = "chieu"',
              '[[slot]]\nid = "sang"\nname = "Buổi sáng cuối tuần"\ndays = "weekends"\n'
              'start = 07:00:00\nmax_length = "45m"\nzones = ["toan-xa", "thon-na-mu"]\n\n'
              '[[slot]]\nid = "chieu"'),
     expect=dict(code="duplicate-id", file="loa.toml", at=('id = "sang"', 2), subject='slot "sang"',
                 contains=["sang"]))

# ---- references -------------------------------------------------------------
case("unknown-zone-in-slot",
     main=sub(MAIN, 'zones = ["toan-xa", "thon-na-mu"]', 'zones = ["toan-xa", "thon-na-mo"]'),
     expect=dict(code="unknown-zone", file="loa.toml", at="thon-na-mo", subject='slot "chieu"',
                 contains=["thon-na-mo", "thon-na-mu"]))
P3 = "announcements.d/le-phat-dong.toml"
case("unknown-zone-in-announcement",
     extra={P3: 'campaign = "Tháng hành động vì bình đẳng giới 2023"\napproved_by = "Vi Văn Thái"\n\n'
                '[[announcement]]\nid = "le-phat-dong"\n'
                'title = "Lễ phát động Tháng hành động vì bình đẳng giới"\n'
                'audio = "audio/le-phat-dong.wav"\nat = [2023-11-20T07:30:00]\nzones = ["thon-namu"]\n'},
     audio={ANN_AUDIO: 1, "announcements.d/audio/le-phat-dong.wav": 1},
     expect=dict(code="unknown-zone", file=P3, at="zones =", subject='announcement "le-phat-dong"',
                 contains=["thon-namu", "thon-na-mu"]))
case("unknown-slot-in-announcement",
     ann=sub(ANN, 'slots = ["sang", "chieu"]', 'slots = ["sang", "trua"]'),
     expect=dict(code="unknown-slot", file=ANN_PATH, at="slots =", subject=A,
                 contains=["trua", "chieu"]))

# ---- audio ------------------------------------------------------------------
case("audio-missing-announcement", audio={},
     expect=dict(code="audio-missing", file=ANN_PATH, at="audio =", subject=A,
                 contains=["chu-de.wav"]))
case("audio-missing-slot-intro",
     main=sub(MAIN, 'zones = ["toan-xa"]\n', 'zones = ["toan-xa"]\nintro = "audio/nhac-hieu.wav"\n'),
     expect=dict(code="audio-missing", file="loa.toml", at="intro =", subject='slot "sang"',
                 contains=["nhac-hieu.wav"]))
case("audio-unreadable-text-as-wav", audio={},
     text_files={ANN_AUDIO: "Chủ đề Tháng hành động: bản thu sẽ gửi sau.\n"},
     expect=dict(code="audio-unreadable", file=ANN_PATH, at="audio =", subject=A,
                 contains=["chu-de.wav"]))

# ---- dates, times, durations -------------------------------------------------
P4 = "announcements.d/tiem-chung.toml"
TIEM = ('campaign = "Tiêm chủng mở rộng tháng 3/2023"\napproved_by = "Vi Văn Thái"\n\n'
        '[[announcement]]\nid = "tiem-chung"\ntitle = "Lịch tiêm chủng cho trẻ dưới 1 tuổi"\n'
        'audio = "audio/tiem-chung.wav"\nslots = ["sang"]\nfrom = FROM\nuntil = "10/03/2023"\n')
case("invalid-date-string",
     extra={P4: TIEM.replace("FROM", '"31/02/2023"')},
     audio={ANN_AUDIO: 1, "announcements.d/audio/tiem-chung.wav": 1},
     expect=dict(code="invalid-date", file=P4, at="from =", subject='announcement "tiem-chung"',
                 contains=["31/02/2023"]))
case("invalid-date-toml-date",
     extra={P4: TIEM.replace("FROM", "2023-02-31")}, parses=False,
     audio={ANN_AUDIO: 1, "announcements.d/audio/tiem-chung.wav": 1},
     expect=dict(code="invalid-date", file=P4, at="from =", contains=["2023-02-31"]))
case("invalid-time-25",
     main=sub(MAIN, "start = 17:00:00", 'start = "25:00"'),
     expect=dict(code="invalid-time", file="loa.toml", at="25:00", subject='slot "chieu"',
                 contains=["25:00"]))
case("invalid-duration-phut",
     main=sub(MAIN, 'max_length = "30m"\nzones = ["toan-xa"]', 'max_length = "30 phút"\nzones = ["toan-xa"]'),
     expect=dict(code="invalid-duration", file="loa.toml", at="30 phút", subject='slot "sang"',
                 contains=["30 phút", "30m"]))
P5 = "announcements.d/phong-chay.toml"
case("invalid-duration-negative",
     extra={P5: 'campaign = "Phòng chống cháy rừng mùa khô"\nfrom = 2023-11-15\nuntil = 2023-12-15\n'
                'approved_by = "Vi Văn Thái"\n\n[[announcement]]\nid = "canh-bao-chay-rung"\n'
                'title = "Cảnh báo cấp độ cháy rừng"\naudio = "audio/canh-bao-chay-rung.wav"\n'
                'every = "-5m"\nbetween = ["07:00", "20:00"]\nzones = ["thon-na-mu"]\n'},
     audio={ANN_AUDIO: 1, "announcements.d/audio/canh-bao-chay-rung.wav": 1},
     expect=dict(code="invalid-duration", file=P5, at="every =",
                 subject='announcement "canh-bao-chay-rung"', contains=["-5m"]))
case("window-reversed-announcement",
     ann=ANN + "from = 2023-12-15\nuntil = 2023-11-15\n",
     expect=dict(code="window-reversed", file=ANN_PATH, at="until = 2023-11-15", subject=A,
                 contains=["2023-12-15", "2023-11-15"]))
case("window-reversed-slot",
     main=sub(MAIN, 'days = "daily"\nstart = 17:00:00\n',
              'days = "daily"\nfrom = 2024-01-01\nuntil = 2023-12-31\nstart = 17:00:00\n'),
     expect=dict(code="window-reversed", file="loa.toml", at="until =", subject='slot "chieu"',
                 contains=["2024-01-01", "2023-12-31"]))
case("unknown-timezone-asia-hanoi",
     main=sub(MAIN, '"Asia/Ho_Chi_Minh"', '"Asia/Hanoi"'),
     expect=dict(code="unknown-timezone", file="loa.toml", at="timezone =", subject="station",
                 contains=["Asia/Hanoi", "Asia/Ho_Chi_Minh"]))

# ---- never airs -------------------------------------------------------------
case("never-airs-outside-slot-range",
     main=sub(MAIN, 'days = "daily"\nstart = 17:00:00\n', 'days = "daily"\nfrom = 2024-01-01\nstart = 17:00:00\n'),
     ann=sub(ANN, 'slots = ["sang", "chieu"]', 'slots = ["chieu"]'),
     expect=dict(code="never-airs", file=ANN_PATH, at="[[announcement]]", subject=A,
                 contains=["chieu"]))
case("never-airs-saturday-in-weekday-slot",
     main=sub(MAIN, 'days = "daily"\nstart = 06', 'days = "weekdays"\nstart = 06'),
     ann=sub(ANN, 'slots = ["sang", "chieu"]', 'slots = ["sang"]\ndays = ["sat"]'),
     expect=dict(code="never-airs", file=ANN_PATH, at="[[announcement]]", subject=A,
                 contains=["sang"]))
case("never-airs-at-outside-window",
     ann=sub(ANN, 'slots = ["sang", "chieu"]', "at = [2023-12-20T07:30:00]"),
     expect=dict(code="never-airs", file=ANN_PATH, at="[[announcement]]", subject=A,
                 contains=["2023-12-20"]))
case("never-airs-no-schedule",
     ann=sub(ANN, 'slots = ["sang", "chieu"]\n', ""),
     expect=dict(code="never-airs", file=ANN_PATH, at="[[announcement]]", subject=A,
                 contains=["slots", "at", "every"]))

# ---- slot length --------------------------------------------------------------
case("slot-overfull-intro-outro",
     main=sub(MAIN, 'max_length = "30m"\nzones = ["toan-xa"]\n',
              'max_length = "15s"\nzones = ["toan-xa"]\nintro = "audio/nhac-hieu.wav"\n'
              'outro = "audio/ket-thuc.wav"\n'),
     ann=sub(ANN, 'slots = ["sang", "chieu"]', 'slots = ["chieu"]'),
     audio={ANN_AUDIO: 1, "audio/nhac-hieu.wav": 10, "audio/ket-thuc.wav": 8},
     expect=dict(code="slot-overfull", file="loa.toml", at='max_length = "15s"', subject='slot "sang"',
                 contains=["max_length"]))
case("slot-past-midnight",
     main=sub(sub(MAIN, "start = 17:00:00", "start = 23:50:00"),
              'id = "chieu"\nname = "Buổi chiều"', 'id = "toi"\nname = "Buổi tối"'),
     ann=sub(ANN, 'slots = ["sang", "chieu"]', 'slots = ["sang", "toi"]'),
     expect=dict(code="slot-past-midnight", file="loa.toml", at=("max_length =", 2),
                 subject='slot "toi"', contains=["23:50", "30m"]))
case("every-without-between",
     ann=sub(ANN, 'slots = ["sang", "chieu"]\n', 'slots = ["sang", "chieu"]\nevery = "1h"\n'),
     expect=dict(code="missing-key", file=ANN_PATH, at="[[announcement]]", subject=A,
                 contains=["between", "every"]))

# ---- encoding -----------------------------------------------------------------
P6 = "announcements.d/ghi-chu.toml"
case("encoding-windows-1258",
     extra={P6: "# Ghi chú: thông báo\n".encode("cp1258")}, parses=False,
     expect=dict(code="encoding", file=P6, at="# Ghi ch"))
case("encoding-stray-bytes",
     extra={P6: b"# Ghi chu: lich phat thanh tuan toi\n# \xff\xfe\n"}, parses=False,
     expect=dict(code="encoding", file=P6, at=("# ", 2)))


# ---- valid --------------------------------------------------------------------
def build_valid():
    root = os.path.join(HERE, "valid")
    shutil.rmtree(root, ignore_errors=True)

    def emit(name, files, audio, warnings):
        d = write_case(root, name, files, audio, {}, None, True)
        with open(os.path.join(d, "expected.json"), "w") as f:
            json.dump({"warnings": warnings}, f, ensure_ascii=False)
            f.write("\n")

    notepad_main = "# Cấu hình đài truyền thanh xã\n" + MAIN
    notepad_ann = "# Soạn bằng Notepad trên máy của chị Lan\n" + ANN
    bom_crlf = lambda s: b"\xef\xbb\xbf" + s.replace("\n", "\r\n").encode()
    emit("windows-notepad", {"loa.toml": bom_crlf(notepad_main), ANN_PATH: bom_crlf(notepad_ann)},
         {ANN_AUDIO: 1}, [])

    nfd = lambda s: unicodedata.normalize("NFD", s)
    assert nfd(MAIN).encode() != MAIN.encode() and nfd(ANN).encode() != ANN.encode()
    emit("nfd-vietnamese", {"loa.toml": nfd(MAIN), ANN_PATH: nfd(ANN)}, {ANN_AUDIO: 1}, [])

    unapproved = sub(ANN, 'approved_by = "Vi Văn Thái"\n', "")
    emit("not-approved", {"loa.toml": MAIN, ANN_PATH: unapproved}, {ANN_AUDIO: 1},
         [{"code": "not-approved", "subject": A, "file": ANN_PATH,
           "line": line_of(unapproved, "[[announcement]]")}])

    over_main = sub(MAIN, 'max_length = "30m"\nzones = ["toan-xa"]', 'max_length = "1m"\nzones = ["toan-xa"]')
    over_ann = ('campaign = "Tháng hành động vì bình đẳng giới 2023"\nfrom = 2023-11-15\n'
                'until = 2023-11-17\napproved_by = "Vi Văn Thái"\n')
    over_audio = {}
    for aid, title in [("chu-de", "Chủ đề Tháng hành động"),
                       ("thong-diep-1", "Thông điệp: chia sẻ việc nhà"),
                       ("thong-diep-2", "Thông điệp: nói không với bạo lực gia đình")]:
        over_ann += (f'\n[[announcement]]\nid = "{aid}"\ntitle = "{title}"\n'
                     f'audio = "audio/{aid}.wav"\nslots = ["sang"]\n')
        over_audio[f"announcements.d/audio/{aid}.wav"] = 30
    emit("campaign-overflow", {"loa.toml": over_main, ANN_PATH: over_ann}, over_audio,
         [{"code": "campaign-overflow", "subject": 'slot "sang"',
           "contains": ["2023-11-15", "2023-11-16", "2023-11-17"]}])


if __name__ == "__main__":
    build_broken()
    build_valid()
    print(f"{len(CASES)} broken cases, 4 valid cases")
