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

  // The build writes the toggle under the page's title (macros/templates/instructor_bar.html);
  // on a page without a `# Title` line, make it here.
  var bar = article.querySelector(".wc-instructor-bar");
  if (!bar) {
    bar = document.createElement("div");
    bar.className = "wc-instructor-bar";
    bar.innerHTML = '<button type="button" class="md-button wc-instructor-toggle"></button> ' +
      '<span class="wc-instructor-status" role="status"></span>';
    var h1 = article.querySelector("h1");
    article.insertBefore(bar, h1 ? h1.nextSibling : article.firstChild);
  }
  var button = bar.querySelector("button");
  var status = bar.querySelector(".wc-instructor-status");

  function show(state, announce) {
    on = state;
    root.classList.toggle("wc-instructor-view", on);
    button.setAttribute("aria-pressed", on ? "true" : "false");
    button.textContent = "Instructor view";
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
