// TellMe drill: record a spoken answer in the browser (getUserMedia + MediaRecorder) and send it to this app, which
// decodes, transcribes and analyses it on this machine. The recorder form stays hidden without this script; with it
// but without a microphone, the button is disabled with a note. No inline script anywhere (CSP).
(function () {
  "use strict";
  var form = document.querySelector("form[data-recorder]");
  if (!form) return;
  var input = form.querySelector("input[type=file]");
  var record = form.querySelector("[data-record]");
  var stop = form.querySelector("[data-stop]");
  var live = form.querySelector("[data-recording]");
  var elapsed = form.querySelector("[data-elapsed]");
  var analysing = form.querySelector("[data-analysing]");
  var note = form.querySelector("[data-recorder-note]");
  var max = parseInt(form.getAttribute("data-max-bytes"), 10) || 0;
  form.hidden = false;

  function unavailable(why) {
    form.removeAttribute("data-busy");
    record.disabled = true;
    note.textContent = why + " Answer aloud or type below.";
    note.classList.add("warn");
  }
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || typeof MediaRecorder === "undefined" || typeof DataTransfer === "undefined") {
    unavailable("Recording is not available here: it needs a recent browser and the app opened as localhost or 127.0.0.1.");
    return;
  }

  var recorder = null, stream = null, chunks = [], size = 0, started = 0, timer = 0, tooBig = false;

  function clock(seconds) { return Math.floor(seconds / 60) + ":" + ("0" + (seconds % 60)).slice(-2); }
  function tick() { elapsed.textContent = clock(Math.floor((Date.now() - started) / 1000)); }
  function type() {
    var types = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/webm", "audio/ogg", "audio/mp4"];
    for (var i = 0; i < types.length; i++) if (MediaRecorder.isTypeSupported(types[i])) return types[i];
    return "";
  }
  function finish() {
    clearInterval(timer);
    stop.disabled = true;
    if (recorder && recorder.state !== "inactive") recorder.stop();
  }
  function send() {
    if (stream) stream.getTracks().forEach(function (t) { t.stop(); });
    live.hidden = true;
    stop.hidden = true;
    var mime = (recorder.mimeType || "audio/webm").split(";")[0];
    var blob = new Blob(chunks, { type: mime });
    if (max && blob.size > max) {
      record.hidden = false;
      record.disabled = false;
      unavailable("The recording is too large to send: record a shorter answer.");
      record.disabled = false;
      return;
    }
    analysing.hidden = false;
    var ext = mime.indexOf("ogg") >= 0 ? "ogg" : mime.indexOf("mp4") >= 0 ? "m4a" : "webm";
    var transfer = new DataTransfer();
    transfer.items.add(new File([blob], "answer." + ext, { type: mime }));
    input.files = transfer.files;
    form.submit();
  }

  record.addEventListener("click", function () {
    record.disabled = true;
    form.setAttribute("data-busy", "");
    // The speech recogniser wants the voice as the microphone hears it: the browser's call processing (echo
    // cancellation, noise suppression, automatic gain) is made for a listener and smears the sounds it relies on.
    var constraints = { audio: { channelCount: 1, echoCancellation: false, noiseSuppression: false, autoGainControl: false } };
    navigator.mediaDevices.getUserMedia(constraints).then(function (s) {
      stream = s;
      chunks = [];
      size = 0;
      var t = type();
      var options = { audioBitsPerSecond: 96000 };
      if (t) options.mimeType = t;
      recorder = new MediaRecorder(s, options);
      recorder.addEventListener("dataavailable", function (e) {
        if (!e.data || !e.data.size) return;
        chunks.push(e.data);
        size += e.data.size;
        // Stop before the upload would pass the server's request limit.
        if (max && size > max * 0.95 && !tooBig) {
          tooBig = true;
          note.textContent = "The recording reached the size limit and was stopped.";
          finish();
        }
      });
      recorder.addEventListener("stop", send);
      recorder.start(1000);
      started = Date.now();
      record.hidden = true;
      live.hidden = false;
      stop.hidden = false;
      stop.disabled = false;
      tick();
      timer = setInterval(tick, 250);
      stop.focus();
    }).catch(function (err) {
      var name = err && err.name;
      unavailable(name === "NotAllowedError" || name === "SecurityError"
        ? "The browser did not allow the microphone."
        : "No microphone was found.");
    });
  });
  stop.addEventListener("click", finish);
})();
