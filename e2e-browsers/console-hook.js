/* global window, document */
// Served by e2e-browsers/server.mjs as /__smoke/console-hook.js and injected (as an external
// script, which the pages' CSP `script-src 'self'` allows; an inline one would be blocked)
// before the app's own scripts in every HTML page the WebKit smoke run loads. WebKitWebDriver
// has no log API and no BiDi, so this is how the run sees console errors: it records them in
// window.__smokeLog, which the runner drains after each journey.
(function () {
  'use strict';
  var log = [];
  window.__smokeLog = log;
  function fmt(a) {
    try {
      if (a instanceof Error) return a.stack ? a.message + ' | ' + a.stack.split('\n')[0] : String(a);
      return typeof a === 'object' && a !== null ? JSON.stringify(a) : String(a);
    } catch {
      return String(a);
    }
  }
  ['error', 'warn'].forEach(function (level) {
    var orig = console[level];
    console[level] = function () {
      log.push('console.' + level + ': ' + Array.prototype.map.call(arguments, fmt).join(' '));
      return orig.apply(this, arguments);
    };
  });
  // Capture phase: also sees <script>/<link>/<img> load failures, which do not bubble.
  window.addEventListener(
    'error',
    function (e) {
      var t = e.target;
      if (t && t !== window && t.tagName) log.push('load failed: <' + t.tagName.toLowerCase() + '> ' + (t.src || t.href || ''));
      else log.push('pageerror: ' + e.message + ' (' + e.filename + ':' + e.lineno + ')');
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (e) {
    log.push('unhandledrejection: ' + fmt(e.reason));
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    log.push('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI);
  });
  // Uncaught errors inside dedicated workers (the training worker) reach only the console.
  var W = window.Worker;
  if (W) {
    var Hooked = function (url, options) {
      var w = new W(url, options);
      w.addEventListener('error', function (e) {
        log.push('worker error: ' + (e.message || 'failed to load ' + url));
      });
      return w;
    };
    Hooked.prototype = W.prototype;
    window.Worker = Hooked;
  }
})();
