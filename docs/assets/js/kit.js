/* Shared helpers of the learner components (letter, checklist, rubric, journal, helpful, My work).
 * wcKit.each(list, fn), wcKit.textOf(el), wcKit.say(root, message[, undo]) (the root's
 * .wc-status; with undo, an Undo button after the message calls it), wcKit.mailto(contact,
 * subject, body), wcKit.mailSaid(root, contact, what), wcKit.download(name, text[, type]),
 * wcKit.clearing(root), wcKit.printOnly(root), wcKit.showTools(root), wcKit.named(root, buttons),
 * wcKit.statementLines(items).
 * Learner text is only ever set with textContent / value.
 */
(function () {
  "use strict";
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  function str(v) { return typeof v === "string" ? v : ""; }

  window.wcKit = {
    each: each,
    textOf: function (el) { return el ? el.textContent.replace(/\s+/g, " ").trim() : ""; },
    // Cleared first, then set a moment later, so a screen reader says the same message again.
    // undo: an Undo button follows the message, until the learner changes something (then both
    // go) or it is pressed (then undo() puts the work back; it moves the focus and says so).
    say: function (root, message, undo) {
      var status = root.querySelector(".wc-status");
      if (!status) return;
      status.textContent = "";
      setTimeout(function () {
        status.textContent = message;
        if (!undo) return;
        var button = document.createElement("button");
        button.type = "button";
        button.className = "md-button wc-button";
        button.textContent = "Undo";
        button.onclick = undo;
        status.append(" ", button);
        button.scrollIntoView({ block: "nearest" }); // a tap near the screen's foot: in sight
        // A change after the clear: the message and its Undo no longer hold.
        root.addEventListener("input", function () {
          if (button.isConnected) status.textContent = "";
        }, { once: true });
      }, 50);
    },
    // Whether a Clear in root has anything to clear. A second tap on Clear finds nothing: it
    // keeps the Undo of the first on offer (an Undo of nothing would lose the work for good).
    clearing: function (root) {
      var filled = Array.prototype.some.call(root.querySelectorAll("input, textarea"), function (f) {
        return /^(radio|checkbox)$/.test(f.type) ? f.checked : /\S/.test(f.value);
      });
      if (!filled && !root.querySelector(".wc-status button")) {
        window.wcKit.say(root, "There is nothing to clear.");
      }
      return filled;
    },
    // An email to the course's contact address; "" (none set) leaves the To line empty.
    mailto: function (contact, subject, body) {
      return "mailto:" + encodeURIComponent(contact).replace(/%40/g, "@") +
        "?subject=" + encodeURIComponent(subject) +
        "&body=" + encodeURIComponent(body.replace(/\r?\n/g, "\r\n"));
    },
    // What to do once such an email opens; what: " with a summary. Attach ..." or "".
    mailSaid: function (root, contact, what) {
      window.wcKit.say(root, "Your email app opens" + what + ". " +
        (contact ? "" : "Type your instructor's email address in the To line. ") +
        "Read the email, then press Send if you want to send it.");
    },
    download: function (name, text, type) {
      var link = document.createElement("a");
      link.href = URL.createObjectURL(new Blob([text], { type: type || "text/plain;charset=utf-8" }));
      link.download = name;
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    },
    printOnly: function (root) {
      document.body.classList.add("wc-printing-one");
      root.classList.add("wc-print-this");
      window.print();
      setTimeout(function () {
        document.body.classList.remove("wc-printing-one");
        root.classList.remove("wc-print-this");
      }, 500);
    },
    showTools: function (root) {
      each(root.querySelectorAll(".wc-actions[hidden]"), function (el) { el.hidden = false; });
      each(root.querySelectorAll(".wc-nojs"), function (el) { el.hidden = true; });
      window.wcKit.named(root, root.querySelectorAll(".wc-actions [data-action]"));
    },
    // Each button (or link) is named by its word, then the title of its activity ("Download
    // (.txt) My notes after an interview"), as a quiz's Check is by its question: a screen
    // reader's list of a lesson's buttons read "Copy" six times and "Download (.txt)" seven.
    named: function (root, buttons) {
      var title = root.getAttribute("aria-labelledby");
      if (!title || !root.id) return;
      each(buttons, function (b) {
        b.id = root.id + "--" + (b.getAttribute("data-action") || "open");
        b.setAttribute("aria-labelledby", b.id + " " + title);
      });
    },
    // A checklist's or rubric's statements as lines of text ("- I can ... (With help)", its
    // comment under it), each group's heading before its first; those kept for a statement no
    // longer on the page (choices.js marks them `gone`) under a line that says so. One reading
    // for the activity's own file and for My work: the file listed an old statement as one of
    // the rubric's. Reads data from storage or an imported file: anything not an item is passed by.
    statementLines: function (items) {
      var out = [], group = null, GONE = {};
      each(items, function (i) {
        if (!i || typeof i !== "object") return;
        if (i.gone && group !== GONE) { group = GONE; out.push("No longer on the page (its words changed):"); }
        else if (!i.gone && str(i.group) && i.group !== group) { group = i.group; out.push(group); }
        out.push("- " + str(i.text) + " (" + (str(i.level) || "no answer") + ")");
        // A comment of several lines: its next lines indented under its first, not read as a
        // group's heading or a statement of its own.
        if (str(i.comment).trim()) out.push("  Comment: " + i.comment.trim().replace(/\s*\n\s*/g, "\n    "));
      });
      return out;
    },
  };
})();
