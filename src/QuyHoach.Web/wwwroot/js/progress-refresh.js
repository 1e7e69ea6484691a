// Trang tiến độ (nhập dữ liệu): the page refreshes itself every second with <meta http-equiv="refresh">. Chromium was
// seen to drop that refresh now and then, leaving the page at "0 %" while the import had finished (a browser test
// waited 30 s for it, twice in nine runs). This reloads the page when the meta refresh has not navigated away a second
// after it should have. Without script the meta refresh alone still works.
(function () {
  "use strict";
  var status = document.querySelector("[data-progress-refresh]");
  if (!status) { return; }
  var seconds = parseInt(status.getAttribute("data-progress-refresh"), 10) || 1;
  window.setTimeout(function () { window.location.reload(); }, (seconds + 1) * 1000);
})();
