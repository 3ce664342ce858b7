"""The officer's web console in a real browser: Debian's Chromium driven by Playwright for Python,
against the real `loa web` and the real `loa run` playing into capture files (station.py).

Run by scripts/browser-test, which makes the environment; every test must pass, none is skipped.
Usage: python console_test.py --loa PATH --work DIR --screens DIR [--docs-screens DIR]
"""

import argparse
import array
import datetime
import glob
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import traceback
import urllib.parse

from playwright.sync_api import sync_playwright, expect

from station import ACCOUNTS, ZONES, Station, station_now, wait_for

PHONE = {"width": 390, "height": 844}
# The screenshots README.md and docs/operator-guide.md show (the four jobs and the approval), copied to
# docs/screens/ by `scripts/browser-test --docs`.
DOCS_SCREENS = {"campaign-form-phone", "today-aired-phone", "urgent-aired-phone", "report-phone",
                "campaign-pending-desktop", "campaign-error-phone", "today-aired-desktop"}
DESKTOP = {"width": 1366, "height": 768}


class Console:
    """The pages, as one person in one browser context sees them."""

    def __init__(self, browser, url, viewport, user=None):
        self.url = url
        self.context = browser.new_context(viewport=viewport, locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh",
                                           accept_downloads=True)
        self.page = self.context.new_page()
        if user:
            self.log_in(user)

    def go(self, path):
        response = self.page.goto(self.url + path)
        self.page.wait_for_load_state("load")
        return response

    def log_in(self, user, password=None):
        self.go("/login")
        self.page.get_by_label("Tên đăng nhập").fill(user)
        self.page.get_by_label("Mật khẩu").fill(password if password is not None else ACCOUNTS[user][2])
        with self.page.expect_navigation():
            self.page.get_by_role("button", name="Đăng nhập").click()
        return self.page

    def csrf(self):
        """The CSRF token the page's forms carry (the logout form is on every page)."""
        return self.page.locator("input[name=csrf]").first.get_attribute("value")

    def post(self, path, form, headers=None):
        return self.context.request.post(self.url + path, form=form, headers=headers or {}, max_redirects=0,
                                         fail_on_status_code=False)

    def close(self):
        self.context.close()


class Run:
    def __init__(self, args):
        self.args = args
        self.failures = []
        self.passed = []
        os.makedirs(args.screens, exist_ok=True)

    def test(self, name, body):
        print(f"── {name}", flush=True)
        started = time.monotonic()
        try:
            body()
        except Exception:
            self.failures.append(name)
            print(f"FAIL {name}\n{traceback.format_exc()}", file=sys.stderr, flush=True)
        else:
            self.passed.append(name)
            print(f"ok   {name} ({time.monotonic() - started:.1f} s)", flush=True)
            return True
        return False


def files_under(folder):
    return sorted(os.path.relpath(path, folder) for path in glob.glob(folder + "/**", recursive=True) if os.path.isfile(path))


def screenshot(console, name, screens, docs=None):
    """A full-page screenshot; on the phone, asserts that the page does not scroll sideways."""
    width = console.page.viewport_size["width"]
    kind = "phone" if width < 800 else "desktop"
    if kind == "phone":
        sizes = console.page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
        assert sizes[0] <= sizes[1], f"{name}: the phone page scrolls sideways (scrollWidth {sizes[0]} > innerWidth {sizes[1]})"
    path = os.path.join(screens, f"{name}-{kind}.png")
    console.page.screenshot(path=path, full_page=True)
    if docs and f"{name}-{kind}" in DOCS_SCREENS:
        os.makedirs(docs, exist_ok=True)
        shutil.copyfile(path, os.path.join(docs, f"{name}-{kind}.png"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--loa", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--screens", required=True)
    parser.add_argument("--docs-screens")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()

    station = Station(args.loa, args.work)
    station.write_files()
    station.add_accounts()
    station.start_daemon()
    url = station.start_web()
    # A second console whose sessions end after a minute of no clicks; checked at the end of the run.
    short_url = station.start_web("--session-minutes", "1", name="loa-web-short-session")
    run = Run(args)
    try:
        with sync_playwright() as playwright:
            # --lang: Chromium's own words (the file input's button) in Vietnamese, as on the officer's phone.
            browser = playwright.chromium.launch(executable_path=args.chromium, args=["--no-sandbox", "--lang=vi-VN"])
            run_tests(run, browser, station, url, short_url, args)
            browser.close()
    except Exception:
        run.failures.append("harness")
        print(traceback.format_exc(), file=sys.stderr)
    finally:
        station.stop()
        if run.failures:
            station.dump_logs()
    print(f"\nbrowser-test: {len(run.passed)} passed, {len(run.failures)} failed" +
          (f": {', '.join(run.failures)}" if run.failures else ""))
    return 1 if run.failures else 0


def run_tests(run, browser, station, url, short_url, args):
    screens, docs = args.screens, args.docs_screens
    today = station_now().date().isoformat()
    state = {}

    # Logged in on the short-session console first: by the end of the run it has been idle over a minute.
    idle = Console(browser, short_url, DESKTOP, user="lan")
    idle_token = idle.csrf()
    # Away from Hôm nay, whose live part asks the server every few seconds and so keeps the session in use.
    idle.page.goto("about:blank")
    idle_since = time.monotonic()

    officer = Console(browser, url, PHONE)
    approver = Console(browser, url, DESKTOP)

    def log_in():
        page = officer.go("/")
        assert page.url.endswith("/login") or "/login" in officer.page.url, f"not sent to the login page: {officer.page.url}"
        screenshot(officer, "login", screens, docs)
        officer.log_in("lan")
        assert "/today" in officer.page.url, officer.page.url
        expect(officer.page.locator("header .user")).to_contain_text("Nguyễn Thị Lan")
        screenshot(officer, "today", screens, docs)
        approver.log_in("chutich")
        expect(approver.page.locator("header .user")).to_contain_text("Vi Văn Thái")
        screenshot(approver, "today", screens)
    if not run.test("log in", log_in):
        run.failures.append("(the other tests need a login; not run)")
        return

    def wrong_field_writes_nothing():
        before = files_under(station.dropins)
        officer.go("/campaigns/new")
        form = officer.page.locator("#campaign-form")
        form.get_by_label("Tên chiến dịch").fill("Chiến dịch có ngày sai")
        form.locator("input[name=from]").fill("2026-13-45")
        form.locator("input[name=until]").fill(today)
        form.locator("input[name=sessions]").first.check()
        form.locator("input[name=content][value=text]").check()
        form.locator("textarea[name=text]").fill("Thông báo thử.")
        with officer.page.expect_navigation():
            officer.page.locator("#save").click()
        problem = officer.page.locator('.field-error[data-field="from"]')
        expect(problem).to_be_visible()
        text = problem.inner_text()
        assert re.search(r"[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", text.lower()), \
            f"the message beside the date is not Vietnamese: {text!r}"
        # Beside its field: inside the same block as the input.
        assert officer.page.locator("div.invalid input[name=from]").count() == 1, "the date field is not marked"
        screenshot(officer, "campaign-error", screens, docs)
        assert files_under(station.dropins) == before, "a refused form wrote files"
    run.test("a wrong field shows its Vietnamese message beside it and writes nothing", wrong_field_writes_nothing)

    def officer_adds_campaign():
        now = station_now()
        # Fixed times: the first a little over two minutes ahead, so the approval comes before it.
        at = now + datetime.timedelta(minutes=3)
        state["at"] = at.strftime("%H:%M")
        state["title"] = "Tiêm phòng dại cho chó mèo"
        officer.go("/campaigns/new")
        form = officer.page.locator("#campaign-form")
        form.get_by_label("Tên chiến dịch").fill(state["title"])
        form.locator("input[name=from]").fill(today)
        form.locator("input[name=until]").fill(today)
        form.locator("input[name=at]").fill(state["at"])
        for zone in ZONES:
            form.locator(f"input[name=zones][value={zone}]").check()
        form.locator("input[name=content][value=audio]").check()
        with officer.page.expect_response(lambda r: r.url.endswith("/upload")) as answer:
            form.locator("[data-upload-input]").set_input_files(os.path.join(station.media, "chien-dich.mp3"))
        assert answer.value.status == 200, f"the upload was refused: {answer.value.text()}"
        expect(form.locator("[data-upload-state]")).to_contain_text("chien-dich.mp3")
        screenshot(officer, "campaign-form", screens, docs)
        with officer.page.expect_navigation():
            officer.page.locator("#save").click()
        expect(officer.page.locator("#saved")).to_be_visible()
        screenshot(officer, "campaign-pending", screens, docs)
        # The drop-in appears, waiting, with its recording; loa check passes on the configuration with it.
        pending = glob.glob(os.path.join(station.dropins, "pending", "*.toml"))
        assert len(pending) == 1, f"expected one waiting drop-in, found {pending}"
        state["pending"] = pending[0]
        text = open(pending[0], encoding="utf-8").read()
        assert state["title"] in text and "approved_by" not in text, text
        assert glob.glob(os.path.join(station.dropins, "audio", "*")), "the recording was not placed in announcements.d/audio"
        check = station.run_loa("check", "--config", station.config)
        assert check.returncode == 0, f"loa check failed:\n{check.stdout}{check.stderr}"
        # Waiting: the plan does not show it yet.
        officer.go("/plan")
        assert state["title"] not in officer.page.inner_text("main"), "an unapproved campaign is in the plan"
    run.test("an officer adds a campaign with an uploaded recording; it waits for approval", officer_adds_campaign)

    def reloads():
        return open(station.daemon.err_path, encoding="utf-8", errors="replace").read().count("configuration reloaded")

    def approver_approves():
        assert "pending" in state, "no waiting campaign (the test before failed)"
        reloads_before = reloads()
        approver.go("/campaigns")
        approver.page.locator("#waiting a", has_text=state["title"]).click()
        approver.page.wait_for_load_state("load")
        screenshot(approver, "campaign-pending", screens, docs)
        with approver.page.expect_navigation():
            approver.page.locator("#approve").click()
        name = os.path.basename(state["pending"])
        approved = os.path.join(station.dropins, name)
        wait_for(lambda: os.path.exists(approved), 10, "the approved drop-in in announcements.d")
        assert not os.path.exists(state["pending"]), "the waiting copy is still there"
        text = open(approved, encoding="utf-8").read()
        assert 'approved_by = "Vi Văn Thái"' in text, text
        check = station.run_loa("check", "--config", station.config)
        assert check.returncode == 0, f"loa check failed:\n{check.stdout}{check.stderr}"
        # The daemon reloads on its own (it watches announcements.d) and the plan shows it today.
        wait_for(lambda: reloads() > reloads_before, 30, "loa run to reload", station.daemon)
        approver.go("/plan")
        expect(approver.page.locator("main")).to_contain_text(state["title"])
        screenshot(approver, "plan", screens, docs)
        officer.go("/plan")
        screenshot(officer, "plan", screens)
    run.test("an approver approves it: approved_by, loa check, reload, plan", approver_approves)

    def urgent_notice_airs():
        zone = "toan-xa"
        before = station.captured_bytes(zone)
        officer.go("/urgent")
        form = officer.page.locator("#urgent-form")
        form.locator("input[name=title]").fill("Thông báo khẩn: cắt điện")
        with officer.page.expect_response(lambda r: r.url.endswith("/upload")) as answer:
            form.locator("[data-upload-input]").set_input_files(os.path.join(station.media, "tin-khan.wav"))
        assert answer.value.status == 200, f"the upload was refused: {answer.value.text()}"
        expect(form.locator("[data-upload-state]")).to_contain_text("tin-khan.wav")
        screenshot(officer, "urgent", screens, docs)
        with officer.page.expect_navigation():
            officer.page.locator("#send").click()
        # The page follows the request until loa says it aired.
        expect(officer.page.locator('#receipt[data-state="aired"]')).to_be_visible(timeout=90_000)
        screenshot(officer, "urgent-aired", screens, docs)
        wait_for(lambda: station.captured_sound(zone, since=before) > 48_000, 20, "the notice's sound in the capture")
    run.test("an urgent notice uploaded as a file airs into the capture and the page shows it aired", urgent_notice_airs)

    def campaign_airs():
        assert "at" in state, "no approved campaign (a test before failed)"
        zone = "thon-na-mu"
        # Airs at its fixed time (at most three minutes after it was written).
        def aired():
            result = station.run_loa("log", "--log", station.log)
            return state["title"] in result.stdout and station.captured_sound(zone) > 48_000
        wait_for(aired, 240, f"the campaign to air at {state['at']}", station.daemon)

        # Hôm nay lists it as aired once its 4 s are over.
        def shown_aired():
            approver.go("/today")
            row = approver.page.locator("tr", has_text=state["title"])
            return row.count() > 0 and "đã phát" in row.first.inner_text()
        wait_for(shown_aired, 60, "Hôm nay to show the campaign as aired")
        screenshot(approver, "today-aired", screens, docs)
        officer.go("/today")
        screenshot(officer, "today-aired", screens, docs)
        officer.go("/logbook")
        expect(officer.page.locator("main")).to_contain_text(state["title"])
        screenshot(officer, "logbook", screens)
        approver.go("/logbook")
        screenshot(approver, "logbook", screens, docs)
    run.test("the approved campaign airs and Hôm nay and Sổ nhật ký show it", campaign_airs)

    def report_downloads():
        approver.go(f"/report?from={today}&to={today}")
        screenshot(approver, "report", screens, docs)
        officer.go(f"/report?from={today}&to={today}")
        screenshot(officer, "report", screens, docs)
        with approver.page.expect_download() as download:
            approver.page.locator("#report-csv").click()
        path = download.value.path()
        text = open(path, encoding="utf-8-sig").read()
        assert state.get("title", "Tiêm phòng dại") in text or "Thông báo khẩn" in text, f"the CSV lacks today's airings:\n{text[:400]}"
        with approver.page.expect_download() as download:
            approver.page.locator("#report-xlsx").click()
        data = open(download.value.path(), "rb").read()
        assert data[:2] == b"PK", "the XLSX download is not a zip file"
    run.test("the report downloads (CSV, XLSX)", report_downloads)

    # ── security ──────────────────────────────────────────────────────────────────────────────
    def form_without_csrf_refused():
        before = files_under(station.dropins)
        form = {"title": "Không có mã bảo vệ", "from": today, "until": today, "at": "23:59", "zones": "toan-xa",
                "content": "text", "text": "Thử."}
        answer = officer.post("/campaigns/save", form)
        assert answer.status == 403, f"a form without its CSRF token got {answer.status}"
        answer = officer.post("/urgent", {"title": "x", "content": "text", "text": "Thử.", "mode": "emergency"})
        assert answer.status == 403, f"an urgent notice without its CSRF token got {answer.status}"
        answer = officer.post("/campaigns/save", dict(form, csrf="not-the-token"))
        assert answer.status == 403, f"a form with a wrong CSRF token got {answer.status}"
        assert files_under(station.dropins) == before, "a refused form wrote files"
    run.test("a form without the CSRF token is refused", form_without_csrf_refused)

    def viewer_cannot_post():
        viewer = Console(browser, url, PHONE, user="xem")
        try:
            before = files_under(station.dropins)
            emergency_before = files_under(station.emergency)
            token = viewer.csrf()
            assert token, "no CSRF token on the viewer's page"
            answer = viewer.post("/campaigns/save", {"csrf": token, "title": "Người xem viết", "from": today, "until": today,
                                                     "at": "23:59", "zones": "toan-xa", "content": "text", "text": "Thử."})
            assert answer.status == 403, f"a viewer's campaign got {answer.status}"
            answer = viewer.post("/urgent", {"csrf": token, "title": "x", "content": "text", "text": "Thử.", "mode": "emergency"})
            assert answer.status == 403, f"a viewer's urgent notice got {answer.status}"
            answer = viewer.context.request.post(url + "/upload", data=b"RIFF", fail_on_status_code=False,
                                                 headers={"X-CSRF-Token": token, "X-File-Name": "a.wav"})
            assert answer.status == 403, f"a viewer's upload got {answer.status}"
            viewer.go("/urgent")
            assert viewer.page.locator("#urgent-form").count() == 0, "the viewer is shown the urgent form"
            screenshot(viewer, "viewer-urgent", screens)
            assert files_under(station.dropins) == before and files_under(station.emergency) == emergency_before
        finally:
            viewer.close()
    run.test("a viewer cannot post", viewer_cannot_post)

    def bad_uploads_refused():
        token = officer.csrf() or (officer.go("/urgent") and officer.csrf())
        config_before = open(station.config, "rb").read()
        before = files_under(station.folder + "/etc") + files_under(station.state)
        answer = officer.context.request.post(url + "/upload", data=config_before, fail_on_status_code=False,
                                              headers={"X-CSRF-Token": token, "X-File-Name": urllib.parse.quote("../../loa.toml")})
        assert answer.status in (400, 422), f"an upload named ../../loa.toml got {answer.status}: {answer.text()}"
        assert open(station.config, "rb").read() == config_before
        # 500 MB, streamed: refused as soon as its length is known, long before the body is all sent.
        status, sent = stream_upload(url, officer, token, 500 * 1024 * 1024)
        assert status == 413, f"a 500 MB upload got {status}"
        assert sent < 100 * 1024 * 1024, f"{sent} bytes were taken before the 500 MB upload was refused"
        after = files_under(station.folder + "/etc") + files_under(station.state)
        assert [f for f in after if f not in before and "uploads" in f and "loa.toml" in f] == [], after
    run.test("an upload named ../../loa.toml or of 500 MB is refused", bad_uploads_refused)

    def wrong_passwords_slowed_then_locked():
        guesser = Console(browser, url, DESKTOP)
        try:
            waits = []
            for attempt in range(12):
                guesser.log_in("xem", "không phải mật khẩu")
                message = guesser.page.locator("p.error").inner_text()
                found = re.search(r"(\d+) giây", message)
                if found:
                    seconds = int(found.group(1))
                    waits.append(seconds)
                    if seconds > 60:
                        break
                    time.sleep(seconds + 0.5)  # waiting out the slow-down is what a patient guesser does
            assert waits, "wrong passwords were never slowed down"
            assert waits[-1] > 60, f"wrong passwords were slowed ({waits}) but never locked"
            # Locked: even the right password is refused, with the wait.
            guesser.log_in("xem")
            assert "/login" in guesser.page.url, "the right password was let in while locked"
            expect(guesser.page.locator("p.error")).to_contain_text("giây")
            screenshot(guesser, "login-locked", screens)
        finally:
            guesser.close()
    run.test("wrong passwords are slowed then locked", wrong_passwords_slowed_then_locked)

    def session_expires():
        remaining = 65 - (time.monotonic() - idle_since)
        if remaining > 0:
            time.sleep(remaining)
        # The same cookie, a minute later: a form is refused as expired, and a page asks for the login.
        answer = idle.post("/urgent", {"csrf": idle_token, "title": "x", "content": "text", "text": "Thử.", "mode": "next"})
        assert answer.status == 403 and "hết hạn" in answer.text(), f"a form in an expired session got {answer.status}"
        idle.go("/today")
        assert "/login" in idle.page.url, f"an idle session still opens pages: {idle.page.url}"
        assert idle.page.locator("header .user").count() == 0, "the login page still shows who was logged in"
    run.test("a session expires", session_expires)

    def pages_fit_the_phone():
        for path, name in [("/today", "today"), ("/plan", "plan"), ("/campaigns", "campaigns"), ("/urgent", "urgent"),
                           ("/logbook", "logbook"), ("/report", "report")]:
            officer.go(path)
            screenshot(officer, name, screens)
            approver.go(path)
            screenshot(approver, name, screens)
        approver.go("/campaigns")
        screenshot(approver, "campaigns", screens, docs)
    run.test("every page at 390×844 without sideways scrolling, and at 1366×768", pages_fit_the_phone)

    for console in (idle, officer, approver):
        console.close()


def stream_upload(url, console, token, length):
    """POSTs /upload with a body of `length` bytes sent in pieces; returns (status, bytes sent)."""
    parsed = urllib.parse.urlparse(url)
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in console.context.cookies(url))
    sock = socket.create_connection((parsed.hostname, parsed.port), timeout=30)
    sock.sendall((f"POST /upload HTTP/1.1\r\nHost: {parsed.netloc}\r\nCookie: {cookies}\r\nX-CSRF-Token: {token}\r\n"
                  f"X-File-Name: lon.wav\r\nContent-Type: audio/wav\r\nContent-Length: {length}\r\n\r\n").encode())
    chunk, sent = b"\0" * 65536, 0
    sock.setblocking(False)
    answer = b""
    while sent < length:
        try:
            data = sock.recv(4096)
            if data:
                answer += data
                break
            break  # closed
        except BlockingIOError:
            pass
        except ConnectionError:
            break
        try:
            sent += sock.send(chunk)
        except BlockingIOError:
            time.sleep(0.01)
        except (BrokenPipeError, ConnectionError):
            break
    sock.setblocking(True)
    sock.settimeout(10)
    try:
        while b"\r\n" not in answer:
            data = sock.recv(4096)
            if not data:
                break
            answer += data
    except (OSError, ConnectionError):
        pass
    sock.close()
    found = re.match(rb"HTTP/1\.1 (\d+)", answer)
    return (int(found.group(1)) if found else None), sent


if __name__ == "__main__":
    sys.exit(main())
