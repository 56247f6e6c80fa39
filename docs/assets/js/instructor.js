/* Instructor view: a remembered toggle that shows or hides the page's instructor notes.
 * CSS hides .admonition.instructor only while <html> lacks .wc-instructor-view, and only
 * when JavaScript runs; print follows the same rule, so the printout matches the view. */
(function () {
  "use strict";
  var notes = document.querySelectorAll(".admonition.instructor");
  var article = document.querySelector("article");
  if (!notes.length || !article) return;
  var root = document.documentElement;
  var saved = window.wcStore ? window.wcStore.load("setting", "instructor-view", "") : null;
  var on = !!(saved && saved.on);

  var bar = article.querySelector(".wc-instructor-bar"); // built in by macros/instructor.py
  if (!bar) {
    root.classList.add("wc-instructor-view"); // no toggle to show them: keep the notes visible
    return;
  }
  var button = bar.querySelector("button");
  var status = bar.querySelector(".wc-instructor-status");

  function show(state, announce) {
    on = state;
    root.classList.toggle("wc-instructor-view", on);
    button.setAttribute("aria-pressed", on ? "true" : "false");
    if (announce) {
      status.textContent = on
        ? "Instructor notes are shown (" + notes.length + ")."
        : "Instructor notes are hidden.";
    }
  }
  button.addEventListener("click", function () {
    show(!on, true);
    if (window.wcStore) window.wcStore.save("setting", "instructor-view", { on: on }, "");
  });
  show(on, false);
})();
