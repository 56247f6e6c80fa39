/* Self-assessment checklist and peer-review rubric. Needs store.js and kit.js.
 * Each saves a self-describing snapshot (title, texts and answers), so the My work page can show
 * it without this page. Learner text is only set with textContent / value.
 */
(function () {
  "use strict";
  var store = window.wcStore, kit = window.wcKit;
  var each = kit.each, textOf = kit.textOf, say = kit.say, download = kit.download;
  var printOnly = kit.printOnly, showTools = kit.showTools;

  function setUpChoices(root, kind) {
    var id = root.getAttribute("data-wc-id");
    var title = root.getAttribute("data-title");
    var rows = root.querySelectorAll("[data-row]");
    var firstSave = true;
    // Answers to a statement no longer on the page (an instructor changed its words or removed
    // it) are kept in each save, as the journal keeps notes, so a comment the learner typed stays
    // on My work and in the file instead of being lost at the next change.
    var kept = [];

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
      data.items = data.items.concat(kept);
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
      var texts = Array.prototype.map.call(rows, function (row) { return textOf(row.querySelector("[data-text]")); });
      // Marked `gone`, so that My work counts only the statements on the page.
      kept = data.items.filter(function (i) {
        return i && typeof i.text === "string" && texts.indexOf(i.text) < 0 && (i.level || (i.comment || "").trim());
      }).map(function (i) { i.gone = true; return i; });
      each(rows, function (row, n) {
        var saved = null;
        data.items.forEach(function (i) { if (i && i.text === texts[n]) saved = i; });
        if (!saved) return;
        var radios = row.querySelectorAll('input[type="radio"]');
        var now = Array.prototype.map.call(radios, function (r) { return r.value; });
        // A level the instructor renamed ("Almost" is "Nearly" now) is the level in its place.
        var level = now.indexOf(saved.level) < 0 && Array.isArray(data.levels) && data.levels.length === now.length
          ? now[data.levels.indexOf(saved.level)] : saved.level;
        each(radios, function (r) { r.checked = r.value === level; });
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
      lines = lines.concat(kit.statementLines(data.items));
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
      else if (action === "download") { download(id + ".txt", asText()); say(root, "File downloaded: " + id + ".txt"); }
      // Answers kept for a statement no longer on the page are in no field, but saved: they
      // clear too (Clear said "There is nothing to clear." and My work said "Started" for ever).
      else if (action === "clear" && (kept.length || kit.clearing(root))) {
        // Undo puts every answer back, as it was: nothing typed is lost by one tap.
        var was = snapshot();
        kept = [];
        each(root.querySelectorAll("input[type=radio]"), function (r) { r.checked = false; });
        each(root.querySelectorAll("input[type=text], textarea"), function (t) { t.value = ""; });
        store.remove(kind, id);
        say(root, "Your answers were cleared.", function () {
          restore(was);
          save();
          button.focus();
          say(root, "Your answers are back.");
        });
      }
    });
    showTools(root);
  }

  if (!store) return;
  each(document.querySelectorAll(".wc-checklist"), function (r) { setUpChoices(r, "checklist"); });
  each(document.querySelectorAll(".wc-rubric"), function (r) { setUpChoices(r, "rubric"); });
})();
