/* Workbook: checklist, rubric, journal and "Was this page helpful?". Needs store.js (wcStore).
 * Each component saves a self-describing snapshot (titles, texts and answers), so the My work
 * page can show it without this page. Learner text is only set with textContent / value.
 */
(function () {
  "use strict";
  var store = window.wcStore;
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  function textOf(el) { return el ? el.textContent.replace(/\s+/g, " ").trim() : ""; }

  function say(root, message) {
    var status = root.querySelector(".wc-status");
    if (!status) return;
    status.textContent = "";
    setTimeout(function () { status.textContent = message; }, 50);
  }

  function download(name, text) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  function printOnly(root) {
    document.body.classList.add("wc-printing-one");
    root.classList.add("wc-print-this");
    window.print();
    setTimeout(function () {
      document.body.classList.remove("wc-printing-one");
      root.classList.remove("wc-print-this");
    }, 500);
  }

  function showTools(root) {
    each(root.querySelectorAll(".wc-actions[hidden]"), function (el) { el.hidden = false; });
    each(root.querySelectorAll(".wc-nojs"), function (el) { el.hidden = true; });
  }

  /* Checklist and rubric: rows of radios (+ comments), goals or reviewer details. */
  function setUpChoices(root, kind) {
    var id = root.getAttribute("data-wc-id");
    var title = root.getAttribute("data-title");
    var rows = root.querySelectorAll("[data-row]");
    var firstSave = true;

    function groupOf(row) {
      var el = row.previousElementSibling;
      while (el && !el.hasAttribute("data-group")) el = el.previousElementSibling;
      return textOf(el);
    }

    function snapshot() {
      var data = { title: title, levels: [], items: [] };
      each(rows[0] ? rows[0].querySelectorAll('input[type="radio"]') : [], function (r) { data.levels.push(r.value); });
      each(rows, function (row) {
        var checked = row.querySelector('input[type="radio"]:checked');
        var item = { text: textOf(row.querySelector("[data-text]")), level: checked ? checked.value : "" };
        if (kind === "checklist") item.group = groupOf(row);
        var comment = row.querySelector("[data-comment]");
        if (comment) item.comment = comment.value;
        data.items.push(item);
      });
      if (kind === "checklist") {
        data.goals = [];
        each(root.querySelectorAll("[data-goal]"), function (g) { data.goals.push(g.value); });
      } else {
        each(root.querySelectorAll("[data-meta]"), function (m) { data[m.getAttribute("data-meta")] = m.value; });
      }
      return data;
    }

    function isEmpty(data) {
      var filled = data.items.some(function (i) { return i.level || (i.comment || "").trim(); });
      filled = filled || (data.goals || []).some(function (g) { return g.trim(); });
      filled = filled || (data.partner || "").trim() || (data.reviewer || "").trim();
      return !filled;
    }

    function restore(data) {
      if (!data) return;
      if (!Array.isArray(data.items)) { store.unreadable(kind, id); return; }
      each(rows, function (row) {
        var text = textOf(row.querySelector("[data-text]"));
        var saved = null;
        data.items.forEach(function (i) { if (i && i.text === text) saved = i; });
        if (!saved) return;
        each(row.querySelectorAll('input[type="radio"]'), function (r) { r.checked = r.value === saved.level; });
        var comment = row.querySelector("[data-comment]");
        if (comment && typeof saved.comment === "string") comment.value = saved.comment;
      });
      each(root.querySelectorAll("[data-goal]"), function (g, n) {
        if (Array.isArray(data.goals) && typeof data.goals[n] === "string") g.value = data.goals[n];
      });
      each(root.querySelectorAll("[data-meta]"), function (m) {
        var v = data[m.getAttribute("data-meta")];
        if (typeof v === "string") m.value = v;
      });
    }

    function save() {
      var data = snapshot();
      if (isEmpty(data)) { store.remove(kind, id); return; }
      if (store.save(kind, id, data) && firstSave) {
        firstSave = false;
        say(root, "Saved in this browser. You can see it on the My work page.");
      }
    }

    function asText() {
      var data = snapshot();
      var lines = [title, ""];
      if (data.partner) lines.push("Work by: " + data.partner);
      if (data.reviewer) lines.push("Reviewed by: " + data.reviewer);
      if (data.partner || data.reviewer) lines.push("");
      var group = null;
      data.items.forEach(function (i) {
        if (i.group && i.group !== group) { group = i.group; lines.push(group); }
        lines.push("- " + i.text + " (" + (i.level || "no answer") + ")");
        if (i.comment && i.comment.trim()) lines.push("  Comment: " + i.comment.trim());
      });
      var goals = (data.goals || []).filter(function (g) { return g.trim(); });
      if (goals.length) {
        lines.push("", "My goals:");
        goals.forEach(function (g, n) { lines.push((n + 1) + ". " + g.trim()); });
      }
      return lines.join("\n") + "\n";
    }

    restore(store.load(kind, id));
    root.addEventListener("change", save);
    root.addEventListener("input", function (e) { if (e.target.matches("textarea, input[type=text]")) save(); });
    root.addEventListener("click", function (e) {
      var button = e.target.closest("[data-action]");
      if (!button) return;
      var action = button.getAttribute("data-action");
      if (action === "print") printOnly(root);
      else if (action === "download") { download(id + ".txt", asText()); say(root, "Saved as a file: " + id + ".txt"); }
      else if (action === "clear") {
        each(root.querySelectorAll("input[type=radio]"), function (r) { r.checked = false; });
        each(root.querySelectorAll("input[type=text], textarea"), function (t) { t.value = ""; });
        store.remove(kind, id);
        say(root, "Your answers were cleared.");
      }
    });
    showTools(root);
  }

  /* Journal: one list per prompt; add, edit and remove short notes. */
  function setUpJournal(root) {
    var id = root.getAttribute("data-wc-id");
    var title = root.getAttribute("data-title");
    var lists = root.querySelectorAll("[data-row]");

    function snapshot() {
      var data = { title: title, lists: [] };
      each(lists, function (list) {
        var entries = [];
        each(list.querySelectorAll(".wc-journal__entry input"), function (i) { if (i.value.trim()) entries.push(i.value); });
        data.lists.push({ prompt: textOf(list.querySelector("[data-text]")), entries: entries });
      });
      return data;
    }

    function save() {
      var data = snapshot();
      var any = data.lists.some(function (l) { return l.entries.length; });
      if (any) store.save("journal", id, data);
      else store.remove("journal", id);
    }

    function renumber(list) {
      var prompt = textOf(list.querySelector("[data-text]"));
      each(list.querySelectorAll(".wc-journal__entry"), function (li, n) {
        li.querySelector("input").setAttribute("aria-label", "Note " + (n + 1) + ": " + prompt);
        li.querySelector("button").setAttribute("aria-label", "Remove note " + (n + 1) + ": " + prompt);
      });
    }

    function addEntry(list, value) {
      var ul = list.querySelector(".wc-journal__entries");
      var li = document.createElement("li");
      li.className = "wc-journal__entry";
      var input = document.createElement("input");
      input.type = "text";
      input.value = value;
      input.autocomplete = "off";
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "md-button wc-button";
      remove.setAttribute("data-action", "remove");
      remove.textContent = "Remove";
      li.appendChild(input);
      li.appendChild(remove);
      ul.appendChild(li);
      renumber(list);
      return input;
    }

    var saved = store.load("journal", id);
    if (saved && !Array.isArray(saved.lists)) store.unreadable("journal", id);
    if (saved && Array.isArray(saved.lists)) {
      each(lists, function (list) {
        var prompt = textOf(list.querySelector("[data-text]"));
        saved.lists.forEach(function (l) {
          if (l && l.prompt === prompt && Array.isArray(l.entries)) {
            l.entries.forEach(function (e) { if (typeof e === "string") addEntry(list, e); });
          }
        });
      });
    }

    function add(list) {
      var input = list.querySelector("[data-new]");
      if (!input.value.trim()) { input.focus(); say(root, "Write a note first, then press Add."); return; }
      addEntry(list, input.value.trim());
      input.value = "";
      input.focus();
      save();
      say(root, "Note added and saved.");
    }

    root.addEventListener("click", function (e) {
      var button = e.target.closest("[data-action]");
      if (!button) return;
      var action = button.getAttribute("data-action");
      var list = button.closest("[data-row]");
      if (action === "add") add(list);
      else if (action === "remove") {
        var li = button.closest("li");
        li.parentNode.removeChild(li);
        renumber(list);
        save();
        list.querySelector("[data-new]").focus();
        say(root, "Note removed.");
      } else if (action === "print") printOnly(root);
      else if (action === "download") {
        var lines = [title, ""];
        snapshot().lists.forEach(function (l) {
          lines.push(l.prompt);
          l.entries.forEach(function (e) { lines.push("- " + e); });
          if (!l.entries.length) lines.push("- (nothing yet)");
          lines.push("");
        });
        download(id + ".txt", lines.join("\n"));
        say(root, "Saved as a file: " + id + ".txt");
      }
    });
    root.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && e.target.matches("[data-new]")) { e.preventDefault(); add(e.target.closest("[data-row]")); }
    });
    root.addEventListener("input", function (e) { if (e.target.closest(".wc-journal__entry")) save(); });
    each(root.querySelectorAll(".wc-journal__add"), function (el) { el.hidden = false; });
    showTools(root);
  }

  /* Was this page helpful? */
  function setUpHelpful(root) {
    var title = root.getAttribute("data-page-title");
    var contact = root.getAttribute("data-contact") || "";
    var more = root.querySelector(".wc-helpful__more");
    var comment = root.querySelector("textarea");
    var email = root.querySelector('[data-action="email"]');
    var buttons = root.querySelectorAll("[data-answer]");
    var answer = "";

    function update(save) {
      each(buttons, function (b) { b.setAttribute("aria-pressed", String(b.getAttribute("data-answer") === answer)); });
      more.hidden = !answer;
      var body = "Page: " + title + "\n" + location.href.split("#")[0] + "\n\n" +
        "Was this page helpful? " + (answer === "yes" ? "Yes" : "No") + "\n\n" +
        (comment.value.trim() ? comment.value.trim() + "\n" : "");
      email.href = "mailto:" + encodeURIComponent(contact).replace(/%40/g, "@") +
        "?subject=" + encodeURIComponent("Feedback: " + title) +
        "&body=" + encodeURIComponent(body.replace(/\r?\n/g, "\r\n"));
      if (save && answer) store.save("helpful", "page", { title: title, answer: answer, comment: comment.value });
    }

    var saved = store.load("helpful", "page");
    if (saved && saved.answer !== "yes" && saved.answer !== "no") store.unreadable("helpful", "page");
    if (saved && (saved.answer === "yes" || saved.answer === "no")) {
      answer = saved.answer;
      if (typeof saved.comment === "string") comment.value = saved.comment;
    }
    each(buttons, function (b) {
      b.addEventListener("click", function () {
        answer = b.getAttribute("data-answer");
        update(true);
        say(root, answer === "yes" ? "Thank you! We are glad it helped." : "Thank you for telling us. What can we do better?");
      });
    });
    comment.addEventListener("input", function () { update(true); });
    email.addEventListener("click", function () { say(root, "Your email app opens. Read the email, then press Send if you want to send it."); });
    update(false);
    root.hidden = false;
  }

  function start() {
    if (!store) return;
    each(document.querySelectorAll(".wc-checklist"), function (r) { setUpChoices(r, "checklist"); });
    each(document.querySelectorAll(".wc-rubric"), function (r) { setUpChoices(r, "rubric"); });
    each(document.querySelectorAll(".wc-journal"), setUpJournal);
    each(document.querySelectorAll(".wc-helpful"), setUpHelpful);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
