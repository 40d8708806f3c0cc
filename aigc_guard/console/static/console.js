// Auto-refresh for the overview: opt-in, remembered in this browser. Everything else in the
// console works without JavaScript.
(function () {
  var seconds = parseInt(document.body.getAttribute("data-refresh") || "0", 10);
  var box = document.getElementById("auto-refresh");
  if (!box || !seconds) return;
  var key = "aigc-guard-console-refresh";
  box.checked = window.localStorage.getItem(key) === "on";
  var timer = null;
  function arm() {
    if (timer) window.clearTimeout(timer);
    timer = box.checked ? window.setTimeout(function () { window.location.reload(); }, seconds * 1000) : null;
  }
  box.addEventListener("change", function () {
    window.localStorage.setItem(key, box.checked ? "on" : "off");
    arm();
  });
  arm();
})();
