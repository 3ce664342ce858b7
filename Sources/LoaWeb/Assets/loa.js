// loa web's only script: live refresh of a page's live part, and uploads/recording (see below).
"use strict";
(function () {
  // An element with data-refresh="URL" is replaced by what URL answers, every data-every seconds.
  document.querySelectorAll("[data-refresh]").forEach(function (el) {
    var every = (parseInt(el.getAttribute("data-every"), 10) || 5) * 1000;
    function tick() {
      fetch(el.getAttribute("data-refresh"), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) { if (html !== null) el.innerHTML = html; })
        .catch(function () {})
        .finally(function () { setTimeout(tick, every); });
    }
    setTimeout(tick, every);
  });
})();

// A recording chosen in a form is sent at once, as the request's body (POST /upload), and the form
// keeps only the token the server answers: the file is checked (decoded) before the form is saved.
function loaUpload(blob, name, box) {
  var form = box.closest("form");
  var csrf = form ? form.querySelector("input[name=csrf]").value : "";
  var state = box.querySelector("[data-upload-state]");
  var token = box.querySelector("[data-upload-token]");
  state.textContent = document.documentElement.lang === "en" ? "Uploading…" : "Đang tải lên…";
  state.className = "sub";
  token.value = "";
  return fetch("/upload", { method: "POST", body: blob, credentials: "same-origin",
                            headers: { "X-CSRF-Token": csrf, "X-File-Name": encodeURIComponent(name),
                                       "Content-Type": "application/octet-stream" } })
    .then(function (r) { return r.json().catch(function () { return { error: "HTTP " + r.status }; }); })
    .then(function (answer) {
      if (answer.token) {
        token.value = answer.token;
        state.textContent = "✔ " + answer.name + " (" + answer.length + ")";
        box.dispatchEvent(new CustomEvent("loa-uploaded", { detail: answer, bubbles: true }));
      } else {
        state.textContent = answer.error || "?";
        state.className = "field-error";
      }
      return answer;
    })
    .catch(function (e) { state.textContent = String(e); state.className = "field-error"; });
}

document.querySelectorAll("[data-upload]").forEach(function (box) {
  var input = box.querySelector("[data-upload-input]");
  if (!input) return;
  input.addEventListener("change", function () {
    if (input.files && input.files[0]) loaUpload(input.files[0], input.files[0].name, box);
  });
});

// Recording from the microphone. Not MediaRecorder: browsers record WebM or MP4, which loa's decoder
// (libsndfile) does not read; the samples are taken through Web Audio and sent as a 16-bit WAV.
// Browsers allow the microphone only on HTTPS pages (or localhost).
function loaWav(chunks, rate) {
  var length = chunks.reduce(function (n, c) { return n + c.length; }, 0);
  var buffer = new ArrayBuffer(44 + length * 2);
  var view = new DataView(buffer);
  function text(at, s) { for (var i = 0; i < s.length; i++) view.setUint8(at + i, s.charCodeAt(i)); }
  text(0, "RIFF"); view.setUint32(4, 36 + length * 2, true); text(8, "WAVE");
  text(12, "fmt "); view.setUint32(16, 16, true); view.setUint16(20, 1, true); view.setUint16(22, 1, true);
  view.setUint32(24, rate, true); view.setUint32(28, rate * 2, true); view.setUint16(32, 2, true); view.setUint16(34, 16, true);
  text(36, "data"); view.setUint32(40, length * 2, true);
  var at = 44;
  chunks.forEach(function (c) {
    for (var i = 0; i < c.length; i++, at += 2) {
      var s = Math.max(-1, Math.min(1, c[i]));
      view.setInt16(at, s < 0 ? s * 0x8000 : s * 0x7FFF, true);
    }
  });
  return new Blob([buffer], { type: "audio/wav" });
}

document.querySelectorAll("[data-record]").forEach(function (button) {
  var box = button.closest("[data-upload]");
  var state = box.querySelector("[data-upload-state]");
  var en = document.documentElement.lang === "en";
  var label = button.textContent;
  var recording = null;
  button.addEventListener("click", function () {
    if (recording) { recording.stop(); return; }
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      state.textContent = en ? "This browser allows the microphone only on an HTTPS page." : "Trình duyệt chỉ cho dùng micro trên trang HTTPS.";
      state.className = "field-error";
      return;
    }
    navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
      var ctx = new (window.AudioContext || window.webkitAudioContext)();
      var source = ctx.createMediaStreamSource(stream);
      var node = ctx.createScriptProcessor(4096, 1, 1);
      var chunks = [];
      node.onaudioprocess = function (e) { chunks.push(new Float32Array(e.inputBuffer.getChannelData(0))); };
      source.connect(node);
      node.connect(ctx.destination);
      button.textContent = "■ " + (en ? "Stop" : "Dừng ghi");
      state.textContent = en ? "Recording…" : "Đang ghi âm…";
      state.className = "sub";
      recording = { stop: function () {
        node.disconnect(); source.disconnect();
        stream.getTracks().forEach(function (t) { t.stop(); });
        var wav = loaWav(chunks, ctx.sampleRate);
        ctx.close();
        recording = null;
        button.textContent = label;
        loaUpload(wav, "ghi-am.wav", box);
      } };
    }).catch(function (e) { state.textContent = String(e); state.className = "field-error"; });
  });
});
