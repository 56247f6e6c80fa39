/* A link to a heading lands on the heading, also below parts not drawn yet.
 * Quizzes, letters and workbook parts are drawn only near the screen (content-visibility: auto
 * in their stylesheets); until then each holds an estimated size. A link to a heading below
 * them scrolls by the estimates, the parts drawn then grow or shrink, and the heading moves
 * away. So after the page loads at a #heading, and after each jump to one, this watches the
 * heading for about a second (60 frames) and scrolls to it again whenever it moves. It stops as
 * soon as the reader scrolls, taps, clicks or types.
 */
(function () {
  "use strict";
  var stopped = true;

  function settle() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    stopped = false;
    target.scrollIntoView();
    var landed = target.getBoundingClientRect().top;
    var frames = 0;
    (function watch() {
      if (stopped || ++frames > 60) return;
      if (Math.abs(target.getBoundingClientRect().top - landed) >= 1) {
        target.scrollIntoView();
        landed = target.getBoundingClientRect().top;
      }
      requestAnimationFrame(watch);
    })();
  }

  ["wheel", "touchstart", "mousedown", "keydown"].forEach(function (type) {
    addEventListener(type, function () { stopped = true; }, { capture: true, passive: true });
  });
  addEventListener("hashchange", settle);
  if (document.readyState === "complete") settle();
  else addEventListener("load", settle);
})();
