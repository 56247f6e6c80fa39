/* Journal: one list of short notes per prompt. Needs store.js and kit.js.
 * Saves a self-describing snapshot for the My work page: {title, lists: [{prompt, entries,
 * draft}]}. `draft` is a note being written in "Add a note" but not added yet, so a reload
 * (or a phone that closes the tab) never loses it; it is left out when empty.
 * Learner text is only set with textContent / value.
 */
(function () {
  "use strict";
  var store = window.wcStore, kit = window.wcKit;
  var each = kit.each, textOf = kit.textOf, say = kit.say, download = kit.download;
  var printOnly = kit.printOnly, showTools = kit.showTools;

  function setUpJournal(root) {
    var id = root.getAttribute("data-wc-id");
    var title = root.getAttribute("data-title");
    var lists = root.querySelectorAll("[data-row]");

    var kept = [];
    function snapshot() {
      var data = { title: title, lists: [] };
      each(lists, function (list) {
        var entries = [];
        each(list.querySelectorAll(".wc-journal__entry textarea"), function (i) { if (i.value.trim()) entries.push(i.value); });
        var item = { prompt: textOf(list.querySelector("[data-text]")), entries: entries };
        var draft = list.querySelector("[data-new]").value;
        if (draft.trim()) item.draft = draft;
        data.lists.push(item);
      });
      data.lists = data.lists.concat(kept);
      return data;
    }

    // false when the browser did not keep it (storage full or turned off)
    function save() {
      var data = snapshot();
      var any = data.lists.some(function (l) { return l.entries.length || l.draft; });
      if (any) return store.save("journal", id, data);
      store.remove("journal", id);
      return true;
    }

    function renumber(list) {
      var prompt = textOf(list.querySelector("[data-text]"));
      each(list.querySelectorAll(".wc-journal__entry"), function (li, n) {
        li.querySelector("textarea").setAttribute("aria-label", "Note " + (n + 1) + ": " + prompt);
        li.querySelector("button").setAttribute("aria-label", "Remove note " + (n + 1) + ": " + prompt);
      });
    }

    function addEntry(list, value) {
      var ul = list.querySelector(".wc-journal__entries");
      var li = document.createElement("li");
      li.className = "wc-journal__entry";
      // A saved note shows whole: a text area as tall as its text (field-sizing in the CSS),
      // where a one-line field cut a long note off on a phone.
      var note = document.createElement("textarea");
      note.rows = 1;
      note.value = value;
      note.autocomplete = "off";
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "md-button wc-button";
      remove.setAttribute("data-action", "remove");
      remove.textContent = "Remove";
      li.appendChild(note);
      li.appendChild(remove);
      ul.appendChild(li);
      renumber(list);
      return note;
    }

    var saved = store.load("journal", id);
    if (saved && !Array.isArray(saved.lists)) store.unreadable("journal", id);
    if (saved && Array.isArray(saved.lists)) {
      // Notes of a prompt no longer on the page (an instructor changed its words or removed it)
      // are kept in each save, so they stay on My work instead of being lost at the next note.
      var prompts = Array.prototype.map.call(lists, function (list) { return textOf(list.querySelector("[data-text]")); });
      // Marked `gone`, so that My work and the file list them apart, as a checklist's.
      kept = saved.lists.filter(function (l) { return l && Array.isArray(l.entries) && prompts.indexOf(l.prompt) < 0; })
        .map(function (l) { l.gone = true; return l; });
      each(lists, function (list) {
        var prompt = textOf(list.querySelector("[data-text]"));
        saved.lists.forEach(function (l) {
          if (l && l.prompt === prompt && Array.isArray(l.entries)) {
            l.entries.forEach(function (e) { if (typeof e === "string") addEntry(list, e); });
            if (typeof l.draft === "string") list.querySelector("[data-new]").value = l.draft;
          }
        });
      });
    }

    function add(list) {
      var input = list.querySelector("[data-new]");
      if (!input.value.trim()) {
        // Said under the field, and tied to it (aria-describedby in the template): said in the
        // status line at the journal's foot, it named no field and was off a phone's screen.
        // Set after the focus moves, so a screen reader says it after the field, each time.
        var error = list.querySelector(".wc-journal__error");
        error.textContent = "";
        input.setAttribute("aria-invalid", "true");
        input.focus();
        setTimeout(function () { error.textContent = "Write a note first. Then press Add."; }, 50);
        return;
      }
      addEntry(list, input.value.trim());
      input.value = "";
      input.focus();
      say(root, save() ? "Note added and saved." : "Note added, but not saved: your browser is not saving your work.");
    }

    root.addEventListener("click", function (e) {
      var button = e.target.closest("[data-action]");
      if (!button) return;
      var action = button.getAttribute("data-action");
      var list = button.closest("[data-row]");
      if (action === "add") add(list);
      else if (action === "remove") {
        // A tap on Remove by mistake must not lose the note: Undo puts it back where it was.
        var li = button.closest("li"), ul = li.parentNode, next = li.nextSibling;
        ul.removeChild(li);
        renumber(list);
        save();
        list.querySelector("[data-new]").focus();
        say(root, "Note removed.", function () {
          ul.insertBefore(li, next && next.parentNode === ul ? next : null);
          renumber(list);
          save();
          li.querySelector("textarea").focus();
          say(root, "Your note is back.");
        });
      } else if (action === "print") printOnly(root);
      else if (action === "download") {
        var lines = [title, ""], apart = false;
        snapshot().lists.forEach(function (l) {
          if (l.gone && !apart) { apart = true; lines.push("No longer on the page (its words changed):"); }
          lines.push(l.prompt);
          l.entries.forEach(function (e) { lines.push("- " + e); });
          if (l.draft) lines.push("- Not added yet: " + l.draft.trim());
          else if (!l.entries.length) lines.push("- (nothing yet)");
          lines.push("");
        });
        download(id + ".txt", lines.join("\n"));
        say(root, "File downloaded: " + id + ".txt");
      }
    });
    // An Enter that picks a word in an input method (Chinese, Japanese, Korean) is not an Add.
    // Safari ends the composition before that Enter's keydown: key code 229 still tells.
    root.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.isComposing && e.keyCode !== 229 && e.target.matches("[data-new]")) { e.preventDefault(); add(e.target.closest("[data-row]")); }
    });
    root.addEventListener("input", function (e) {
      if (e.target.matches("[data-new]")) {
        e.target.removeAttribute("aria-invalid");
        e.target.closest("[data-row]").querySelector(".wc-journal__error").textContent = "";
      }
      if (e.target.closest(".wc-journal__entry, .wc-journal__add")) save();
    });
    each(root.querySelectorAll(".wc-journal__add"), function (el) { el.hidden = false; });
    showTools(root);
  }

  if (store) each(document.querySelectorAll(".wc-journal"), setUpJournal);
})();
