/* "This week" banner: names the module to do now, from today's date in this browser.
 * The HTML fallback (a link to the schedule) stays when JavaScript is off. The page holds this
 * script right after the banner (macros/course.py), so the banner is filled before the rest of
 * the page is read and painted: nothing below it moves. */
(function () {
  "use strict";
  function isoToday() {
    var d = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }
  function link(week) {
    var a = document.createElement("a");
    a.href = week.href;
    a.textContent = week.heading;
    return a;
  }
  document.querySelectorAll(".wc-this-week[data-weeks]:not([data-state])").forEach(function (box) {
    var weeks;
    try {
      weeks = JSON.parse(box.getAttribute("data-weeks"));
    } catch (e) {
      return;
    }
    if (!weeks.length) return;
    var today = isoToday();
    var text = box.querySelector(".wc-this-week__text");
    var parts = [];
    var first = weeks[0], last = weeks[weeks.length - 1];
    var current = null, next = null;
    weeks.forEach(function (w, i) {
      if (w.opens <= today && (!weeks[i + 1] || today < weeks[i + 1].opens) && today <= last.due) {
        current = w;
        next = weeks[i + 1];
      }
    });
    if (today < first.opens) {
      box.setAttribute("data-state", "before");
      parts = ["The course starts on " + first.opens_text + ". First module: ", link(first), "."];
    } else if (current && next && today > current.due) {
      // A break, or the days after a short week's due date: the module of the week is done.
      box.setAttribute("data-state", "between");
      parts = ["Next module: ", link(next), ". It opens on " + next.opens_text + "."];
    } else if (current) {
      box.setAttribute("data-state", "during");
      parts = ["This week: ", link(current), ". Due " + current.due_text + "."];
    } else {
      box.setAttribute("data-state", "after");
      parts = ["The course finished on " + last.due_text + ". All modules stay open: ", link(first), " is the first."];
    }
    text.textContent = "";
    parts.forEach(function (p) {
      text.appendChild(typeof p === "string" ? document.createTextNode(p) : p);
    });
  });
})();
