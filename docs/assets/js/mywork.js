/* My work: everything this learner saved on the site (wcStore.all()), a completion view per
 * week and page, Print, Download (.txt, .json), Send to my instructor (mailto), Import (.json)
 * and Delete all. Needs store.js. Learner text is only ever set with textContent / value.
 */
(function () {
  "use strict";
  var FORMAT = "workcom-my-work";
  var KINDS = [
    ["quiz", "Quizzes and reflections"],
    ["checklist", "Self-assessment"],
    ["rubric", "Peer reviews"],
    ["letter", "My letters"],
    ["journal", "My journal"],
    ["helpful", "Page feedback"],
  ];
  // The summary email's body is at most this long once encoded in the link (a space is 3
  // characters there, a line break 6): some email apps and browsers cut off or refuse a
  // mailto: link of more than about 2,000 characters (Outlook on Windows, for one), and the
  // address and subject need the rest. The file the learner attaches has everything.
  var MAIL_LIMIT = 1800;
  function linkSize(line) { return encodeURIComponent(line + "\r\n").length; }
  var store = window.wcStore, kit = window.wcKit;
  var root = document.getElementById("wc-my-work");
  if (!root || !store) return;

  var contact = root.getAttribute("data-contact") || "";
  var site = root.getAttribute("data-site") || "this site";
  // The learner's name (a setting: kept in this browser only) names their email and file, as
  // an instructor gets twenty of each.
  var nameField = root.querySelector("#my-work-name");
  function who() { return nameField ? nameField.value.trim() : ""; }
  function fileName() {
    var name = who().replace(/[\s\/\\:*?"<>|.]+/g, "-").replace(/^-+|-+$/g, "");
    return "my-work" + (name ? "-" + name : "") + ".txt";
  }
  var index = { pages: [] };
  try {
    index = JSON.parse(document.getElementById("wc-my-work-index").textContent);
    if (!index || !Array.isArray(index.pages)) index = { pages: [] };
  } catch (e) {
    index = { pages: [] };
  }
  // The pages whose activities count as done or not yet (front matter my_work: false opts out).
  var counted = index.pages.filter(function (p) { return p.progress !== false; });
  var siteRoot = (function () {
    var base = ".";
    try { base = JSON.parse(document.getElementById("__config").textContent).base || "."; } catch (e) { /* root */ }
    return new URL(base.replace(/\/?$/, "/"), location.href).href;
  })();

  // Only links to pages of this site: an imported file could hold "javascript:..." as a page.
  function pageLink(text, url) {
    var target = null;
    try { target = new URL(url, siteRoot); } catch (e) { target = null; }
    if (!target || target.origin !== location.origin || !/^https?:$/.test(target.protocol)) {
      return el("span", text);
    }
    var link = el("a", text);
    link.href = target.href;
    return link;
  }
  function safePage(page) { return typeof page === "string" && !/[|:\\]/.test(page) && page.charAt(0) !== "/"; }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }
  function str(v) { return typeof v === "string" ? v : ""; }
  // A comment or goal of several lines, its next lines indented under its first: not read as a
  // rubric's group heading or a statement of its own.
  function block(v, pad) { return v.trim().replace(/\s*\n\s*/g, "\n" + pad); }
  function say(message, undo) {
    kit.say(root, message, undo);
  }
  function pageInfo(url) {
    for (var i = 0; i < index.pages.length; i++) if (index.pages[i].url === url) return index.pages[i];
    return null;
  }
  function pageTitle(record) {
    var info = pageInfo(record.page);
    return info ? info.title : record.page || "Home";
  }
  function titleOf(record) {
    var data = record.data || {};
    if (str(data.title) && record.kind !== "helpful") return data.title;
    var info = pageInfo(record.page);
    if (info) {
      for (var i = 0; i < info.items.length; i++) {
        if (info.items[i].kind === record.kind && info.items[i].id === record.id) return info.items[i].title;
      }
    }
    return record.kind === "helpful" ? pageTitle(record) : record.id;
  }
  /* What the learner sees as a record's name: its title, and its page when another record of
   * the same kind has the same title ("Match each phrase to its purpose." on two pages). */
  function named(r, records) {
    var t = titleOf(r);
    return records.some(function (o) { return o !== r && o.kind === r.kind && titleOf(o) === t; }) ?
      t + " (" + pageTitle(r) + ")" : t;
  }
  // In the browser's language on the page; in English in the file that goes to the instructor
  // (a phone set to Persian wrote "۸ آذر ۱۴۰۵", a date of another calendar).
  function when(iso, lang) {
    var d = new Date(iso);
    return isNaN(d) ? "" : d.toLocaleDateString(lang, { year: "numeric", month: "long", day: "numeric" });
  }

  /* A quiz's score as [right, of], or null before it is checked. Reads this site's quizzes ({a,
   * s: "" | "checked" | "shown", p, m}) and, from other components, {score, total}. */
  function points(d) {
    if (typeof d.score === "number" && typeof d.total === "number") return [d.score, d.total];
    if (d.s === "checked" && typeof d.p === "number" && typeof d.m === "number") return [d.p, d.m];
    return null;
  }
  function quizScore(d) {
    var s = points(d);
    return s ? s[0] + " of " + s[1] : "";
  }
  /* Where the learner got to on a quiz with no score; a reflection's a is its text. */
  function quizStatus(d) {
    if (typeof d.a === "string") return d.a.trim() ? "written" : "not written yet";
    if (d.s === "shown") return "answer shown";
    return Array.isArray(d.a) ? "not checked yet" : "answered";
  }

  /* Plain-text lines for one record; throws on data it cannot read. */
  function lines(record) {
    var d = record.data;
    var out = [];
    if (d === null || typeof d !== "object") throw new Error("unreadable");
    if (record.kind === "quiz") {
      var score = quizScore(d), status = quizStatus(d);
      out.push(score ? "Score: " + score : status.charAt(0).toUpperCase() + status.slice(1));
      ["a", "text", "answer", "reflection"].forEach(function (k) { if (str(d[k]).trim()) out.push(d[k].trim()); });
    } else if (record.kind === "checklist" || record.kind === "rubric") {
      if (!Array.isArray(d.items)) throw new Error("unreadable");
      if (str(d.partner)) out.push("Work by: " + d.partner);
      if (str(d.reviewer)) out.push("Reviewed by: " + d.reviewer);
      out = out.concat(kit.statementLines(d.items));
      var goals = (Array.isArray(d.goals) ? d.goals : []).filter(function (g) { return str(g).trim(); });
      if (goals.length) {
        out.push("My goals:");
        goals.forEach(function (g, n) { out.push((n + 1) + ". " + block(g, "   ")); });
      }
    } else if (record.kind === "letter") {
      if (!str(d.text)) throw new Error("unreadable");
      out.push(d.text.replace(/\s+$/, ""));
      var old = d.old && typeof d.old === "object" ? Object.keys(d.old).filter(function (k) { return str(d.old[k]).trim(); }) : [];
      if (old.length) out.push("Details the letter no longer asks for:");
      old.forEach(function (k) { out.push("- " + k + ": " + block(d.old[k], "  ")); });
    } else if (record.kind === "journal") {
      if (!Array.isArray(d.lists)) throw new Error("unreadable");
      var apart = false;
      d.lists.forEach(function (l) {
        if (!l || typeof l !== "object") return;
        if (l.gone && !apart) { apart = true; out.push("No longer on the page (its words changed):"); }
        // A note of two lines stays one item; a prompt with no note says so (alone, it read as
        // the first note of the prompt before it).
        var notes = (Array.isArray(l.entries) ? l.entries : []).filter(function (e) { return str(e).trim(); });
        out.push(str(l.prompt));
        notes.forEach(function (e) { out.push("- " + block(e, "  ")); });
        if (str(l.draft).trim()) out.push("- Not added yet: " + block(l.draft, "  "));
        else if (!notes.length) out.push("- (no notes)");
      });
    } else if (record.kind === "helpful") {
      out.push("Helpful: " + (d.answer === "yes" ? "Yes" : d.answer === "no" ? "No" : "(no answer)"));
      if (str(d.comment).trim()) out.push("Comment: " + block(d.comment, "  "));
    } else {
      out.push("Saved");
    }
    return out;
  }

  function readable(records) {
    var good = [];
    var bad = 0;
    records.forEach(function (r) {
      try { lines(r); good.push(r); } catch (e) { bad += 1; }
    });
    return { good: good, bad: bad };
  }

  /* How far the learner got with one activity: "done", "started" (with what is done so far,
   * "1 of 4 answered") or "" when nothing is saved. A checklist or rubric is done when every
   * statement has an answer, a letter when every field is filled in, a journal once a note is
   * added (one with only a note not added yet is saved work, but not done). */
  function progressOf(records, page, item) {
    var r = records.filter(function (r) {
      return r.page === page && r.kind === item.kind && r.id === item.id;
    })[0];
    if (!r) return { state: "" };
    var d = r.data, values, word;
    if (r.kind === "journal") {
      var added = d.lists.some(function (l) { return l && Array.isArray(l.entries) && l.entries.length; });
      return added ? { state: "done" } : { state: "started", note: "a note written, not added yet" };
    }
    if (r.kind === "checklist" || r.kind === "rubric") {
      values = d.items.filter(function (i) { return !(i && i.gone); }).map(function (i) { return i && i.level; });
      word = " answered";
    } else if (r.kind === "letter" && d.fields && typeof d.fields === "object") {
      values = Object.keys(d.fields).map(function (k) { return d.fields[k]; });
      word = " filled in";
    } else {
      return { state: "done" };
    }
    var got = values.filter(function (v) { return str(v).trim(); }).length;
    return got === values.length ? { state: "done" } : { state: "started", note: got + " of " + values.length + word };
  }
  /* Every activity of a counted page with how far the learner got, and how many are done or
   * started: one reading for the progress list and the summary. */
  function pageProgress(records, p) {
    var each = p.items.map(function (item) { return progressOf(records, p.url, item); });
    var count = function (state) { return each.filter(function (x) { return x.state === state; }).length; };
    return { each: each, done: count("done"), started: count("started") };
  }

  /* A counted page's line for the instructor: "0 of 1 done, 1 started" (its checklists, rubrics,
   * journals and letters), and its quizzes' "Quizzes: 2 of 6 done, score 3 of 4". A quiz is done
   * once it is checked, its answer shown or its reflection written. */
  function pageCounts(pp) {
    return pp.done + " of " + pp.each.length + " done" + (pp.started ? ", " + pp.started + " started" : "");
  }
  /* A page's quizzes: how many, how many done, the score, and how many only had their answer
   * shown (done, but with no score: "6 of 6 done" alone read as six quizzes answered). */
  function quizTally(records, p) {
    var ids = p.quizzes || [], t = { total: ids.length, done: 0, right: 0, of: 0, shown: 0 };
    records.forEach(function (r) {
      if (r.kind !== "quiz" || r.page !== p.url || ids.indexOf(r.id) < 0) return;
      var s = points(r.data), status = quizStatus(r.data);
      if (s) { t.right += s[0]; t.of += s[1]; } else if (status === "answer shown") t.shown += 1;
      if (s || !/^not /.test(status)) t.done += 1;
    });
    return t;
  }
  function quizCounts(t) {
    return t.total ? "Quizzes: " + t.done + " of " + t.total + " done" + (t.of ? ", score " + t.right + " of " + t.of : "") +
      (t.shown ? ", " + t.shown + (t.shown === 1 ? " answer" : " answers") + " shown" : "") : "";
  }
  // "Done: My letter", "Started: My letter (2 of 5 filled in)", "Not yet: My letter".
  function said(got, item) {
    return got.state === "done" ? "Done: " + item.title :
      got.state ? "Started: " + item.title + " (" + got.note + ")" : "Not yet: " + item.title;
  }

  function drawNotes(bad) {
    var box = root.querySelector(".wc-mywork__notes");
    box.textContent = "";
    var count = store.skipped.length + bad;
    if (count) {
      var note = el("p", null, "wc-mywork__skipped");
      note.appendChild(el("strong", "Note: "));
      note.appendChild(document.createTextNode(count + (count === 1 ? " saved item" : " saved items") +
        " could not be read. This happens when work is damaged or from an older version " +
        "of this site. Everything else is shown below."));
      box.appendChild(note);
    }
  }

  // One line of "What you have done": "done", "started" or "" (not yet), with its mark. The mark
  // is for the eye; the words say the same to a screen reader.
  var MARKS = { done: ["\u2713", "is-done"], started: ["\u25d0", "is-started"], "": ["\u25cb", "is-todo"] };
  function row(state, text) {
    var mark = MARKS[state], entry = el("li", null, mark[1]);
    entry.appendChild(el("span", mark[0] + " ")).setAttribute("aria-hidden", "true");
    entry.appendChild(document.createTextNode(text));
    return entry;
  }

  function drawProgress(records) {
    var box = root.querySelector(".wc-mywork__progress");
    box.textContent = "";
    if (!counted.length) return;
    box.appendChild(el("h2", "What you have done"));
    var groups = [];
    counted.forEach(function (p) {
      var name = typeof p.week === "number" ? (p.week === 0 ? "Before you begin" : "Week " + p.week) : "Lessons and other pages";
      var g = groups.filter(function (x) { return x.name === name; })[0];
      if (!g) { g = { name: name, pages: [] }; groups.push(g); }
      g.pages.push(p);
    });
    // A page's count and bar have its quizzes too, as the Schedule's count of its activities
    // does: with one checklist or journal a week, a week of quizzes done read "0 of 1 done".
    groups.forEach(function (g) {
      var total = 0;
      var got = 0;
      var progress = g.pages.map(function (p) {
        var pp = pageProgress(records, p), t = quizTally(records, p);
        pp.quizzes = t;
        pp.all = p.items.length + t.total;
        pp.got = pp.done + t.done;
        total += pp.all;
        got += pp.got;
        return pp;
      });
      var section = el("section", null, "wc-mywork__week");
      section.appendChild(el("h3", g.name + ": " + got + " of " + total + " done"));
      var list = el("ul");
      g.pages.forEach(function (p, i) {
        var li = el("li");
        li.appendChild(pageLink(p.title || p.url || "Home", p.url));
        var n = progress[i].got, all = progress[i].all;
        // A week of one page: its heading has said the count already.
        li.appendChild(document.createTextNode(g.pages.length > 1 ? ": " + n + " of " + all + " done " : " "));
        var bar = el("progress");
        bar.max = all;
        bar.value = n;
        bar.setAttribute("aria-label", (p.title || "Page") + ": " + n + " of " + all + " done");
        li.appendChild(bar);
        var sub = el("ul", null, "wc-mywork__items");
        p.items.forEach(function (item, j) {
          var got = progress[i].each[j];
          sub.appendChild(row(got.state, said(got, item)));
        });
        // The quizzes as the email and the file count them.
        var t = progress[i].quizzes;
        if (t.total) {
          var quizzes = row(t.done === t.total ? "done" : t.done ? "started" : "", quizCounts(t));
          quizzes.classList.add("wc-mywork__quizzes");
          sub.appendChild(quizzes);
        }
        li.appendChild(sub);
        list.appendChild(li);
      });
      section.appendChild(list);
      box.appendChild(section);
    });
  }

  function drawRecords(records) {
    var box = root.querySelector(".wc-mywork__records");
    box.textContent = "";
    box.appendChild(el("h2", "Your saved work"));
    if (!records.length) {
      box.appendChild(el("p", "Nothing is saved yet. When you answer a quiz, rate a checklist, write in a journal or make a letter your own, it appears here.", "wc-mywork__empty"));
      return;
    }
    var known = KINDS.map(function (k) { return k[0]; });
    var kinds = KINDS.slice();
    records.forEach(function (r) {
      if (known.indexOf(r.kind) < 0) { known.push(r.kind); kinds.push([r.kind, "Other: " + r.kind]); }
    });
    kinds.forEach(function (k) {
      var mine = records.filter(function (r) { return r.kind === k[0]; });
      if (!mine.length) return;
      var section = el("section", null, "wc-mywork__kind");
      section.setAttribute("data-kind", k[0]);
      section.appendChild(el("h3", k[1] + " (" + mine.length + ")"));
      mine.forEach(function (r) {
        var article = el("article", null, "wc-mywork__record");
        article.setAttribute("data-kind", r.kind);
        article.setAttribute("data-id", r.id);
        article.appendChild(el("h4", named(r, records)));
        var meta = el("p", null, "wc-mywork__meta");
        meta.appendChild(document.createTextNode("On the page "));
        meta.appendChild(pageLink(pageTitle(r), r.page));
        if (when(r.saved)) meta.appendChild(document.createTextNode(". Saved " + when(r.saved) + "."));
        article.appendChild(meta);
        article.appendChild(el("div", lines(r).join("\n"), "wc-mywork__text"));
        section.appendChild(article);
      });
      box.appendChild(section);
    });
  }

  // Course order: the page's place in the index (a page not in it comes last), then a quiz's
  // place on its page; records the index does not order keep their address order.
  var urls = index.pages.map(function (p) { return p.url; });
  function rank(r) {
    var at = urls.indexOf(r.page), on = at < 0 ? -1 : (index.pages[at].quizzes || []).indexOf(r.id);
    return (at < 0 ? urls.length : at) * 1e3 + (on < 0 ? 999 : on);
  }

  /* The learner's work, readable (good) or not (bad), and their settings (the instructor
   * view): not work, so only in the .json backup. In course order. */
  function current() {
    var all = store.all(); // by address
    all.sort(function (a, b) { return rank(a) - rank(b); });
    var state = readable(all.filter(function (r) { return r.kind !== "setting"; }));
    state.settings = all.filter(function (r) { return r.kind === "setting"; });
    return state;
  }

  // A page's records in the order of KINDS (other kinds last), each kind in course order.
  function byKind(records) {
    var out = [];
    KINDS.concat([["", ""]]).forEach(function (k) {
      out = out.concat(records.filter(function (r) {
        return k[0] ? r.kind === k[0] : KINDS.every(function (x) { return x[0] !== r.kind; });
      }));
    });
    return out;
  }

  /* The file for the instructor, page by page in course order (a week's work together): what is
   * done, started and not yet (the records are only what is saved), then each saved record. */
  function asText(records) {
    var out = ["My work: " + site].concat(who() ? ["Name: " + who()] : [],
      ["Downloaded " + when(new Date().toISOString(), "en-CA"), ""]);
    var urls = index.pages.map(function (p) { return p.url; });
    records.forEach(function (r) { if (urls.indexOf(r.page) < 0) urls.push(r.page); });
    urls.forEach(function (url) {
      var p = pageInfo(url), counts = p && p.progress !== false;
      var mine = records.filter(function (r) { return r.page === url; });
      if (!mine.length && !counts) return;
      out.push("=== " + pageTitle({ page: url }) + " ===");
      if (counts) {
        var pp = pageProgress(records, p), quizzes = quizCounts(quizTally(records, p));
        out.push(pageCounts(pp));
        p.items.forEach(function (item, j) { out.push("- " + said(pp.each[j], item)); });
        if (quizzes) out.push(quizzes);
      }
      out.push("");
      byKind(mine).forEach(function (r) {
        var saved = when(r.saved, "en-CA");
        out.push("== " + titleOf(r) + (saved ? " (saved " + saved + ")" : ""));
        out = out.concat(lines(r), [""]);
      });
    });
    return out.join("\n");
  }

  /* The email's text: its opening and closing always, a line per page, then the quizzes by
   * page, the page worked on last first, whole lines while they fit in MAIL_LIMIT: the week an
   * instructor asks about is the one most often cut off in course order. */
  function summary(records) {
    var out = ["Hello,", "", "Here is a short summary of my work on " + site + ".", ""];
    var end = ["", "My full work is in the file I attached (" + fileName() + ").", "", "Thank you"].concat(who() ? [who()] : []);
    var more = "(more in the attached file)";
    // A heading goes in with the first lines under it, never alone before "(more in the
    // attached file)".
    function under(heading, chunks) {
      if (chunks.length) chunks[0] = heading.concat(chunks[0]);
      return chunks;
    }
    // The pages with nothing saved on them share one line ("0 of 7 done. Quizzes: 0 of 14 done"
    // for each took the room of the quizzes below).
    var pageLines = [], untouched = [];
    counted.forEach(function (p) {
      var quizzes = quizCounts(quizTally(records, p)), title = p.title || p.url;
      // "Was this page helpful?" says the page was read, not that its activities were begun.
      if (!records.some(function (r) { return r.page === p.url && r.kind !== "helpful"; })) untouched.push(title);
      else pageLines.push(["- " + title + ": " + pageCounts(pageProgress(records, p)) + (quizzes ? ". " + quizzes : "")]);
    });
    if (untouched.length) pageLines.push(["- Not started yet: " + untouched.join("; ")]);
    // The page's count is of what My work tracks, apart from its quizzes: say so, as the
    // Schedule's count of a module's activities has its quizzes too.
    var chunks = under(["What I have done on each page. First the checklists, rubrics, journals and letters, then the quizzes:"], pageLines);
    var pages = [];
    records.forEach(function (r) { // in course order
      if (r.kind !== "quiz") return;
      var g = pages.filter(function (x) { return x.url === r.page; })[0];
      if (!g) pages.push(g = { url: r.page, last: "", quizzes: [] });
      g.quizzes.push(r);
      if (str(r.saved) > g.last) g.last = r.saved;
    });
    pages.sort(function (a, b) { return a.last < b.last ? 1 : a.last > b.last ? -1 : 0; }); // stable
    var quizLines = [];
    pages.forEach(function (g) {
      g.quizzes.forEach(function (r, i) {
        // "Complete the handover. Score: 3 of 3", "Which is first? Not checked yet"
        var title = titleOf(r), score = quizScore(r.data), status = quizStatus(r.data);
        var line = "- " + title + (/[.?!)]$/.test(title) ? " " : ". ") +
          (score ? "Score: " + score : status.charAt(0).toUpperCase() + status.slice(1));
        // A page's title comes with its first quiz, never alone at the end.
        quizLines.push(i ? [line] : ["", pageTitle(r), line]);
      });
    });
    chunks = chunks.concat(under(["", "My quizzes. The page I worked on last comes first:"], quizLines));
    var size = linkSize(out.concat(end, more).join("\r\n")), full = false;
    chunks.forEach(function (chunk) {
      full = full || (size += linkSize(chunk.join("\r\n"))) > MAIL_LIMIT;
      if (!full) out = out.concat(chunk);
    });
    if (full) out.push(more);
    return out.concat(end).join("\n");
  }

  function draw() {
    var state = current();
    if (nameField) nameField.value = str(store.load("setting", "name", "")); // an import brings it
    drawNotes(state.bad);
    drawProgress(state.good);
    drawRecords(state.good);
    mail(state);
    return state;
  }

  function mail(state) {
    root.querySelector('[data-action="email"]').href = kit.mailto(contact, "My work" + (who() ? " from " + who() : "") + ": " + site, summary(state.good));
  }

  function importText(text) {
    var data;
    try { data = JSON.parse(text); } catch (e) { data = null; }
    if (!data || data.format !== FORMAT || data.version !== 1 || !Array.isArray(data.records)) {
      say("This file is not a My work file from this site. Nothing was changed.");
      return;
    }
    var added = 0;
    var bad = 0;
    var unsaved = 0; // readable, but the browser did not keep it (storage full or turned off)
    // The work in this browser that the file's copies take the place of, for Undo: an older
    // backup imported by mistake must not wipe out a week of newer work.
    // By "page|kind|id": none of the three holds a "|" (a "," could make two records one).
    var was = {}, put = [], replaced = 0, counted = {};
    function where(r) { return r.page + "|" + r.kind + "|" + r.id; }
    store.all().forEach(function (r) { was[where(r)] = r; });
    data.records.forEach(function (r) {
      var ok = r && typeof r === "object" && safePage(r.page) && typeof r.kind === "string" &&
        typeof r.id === "string" && r.kind.indexOf("|") < 0 && r.id.indexOf("|") < 0 && "data" in r;
      if (ok) { try { lines(r); } catch (e) { ok = false; } }
      if (!ok) bad += 1;
      else if (store.save(r.kind, r.id, r.data, r.page)) {
        added += r.kind === "setting" ? 0 : 1;
        put.push(r);
        var old = was[where(r)];
        // A record in the file twice replaced one piece of work, not two.
        if (old && r.kind !== "setting" && !counted[where(r)] && JSON.stringify(old.data) !== JSON.stringify(r.data)) {
          counted[where(r)] = true;
          replaced += 1;
        }
      } else unsaved += 1;
    });
    draw();
    say("Imported " + added + (added === 1 ? " item" : " items") + "." + (bad ? " " + bad + " could not be read." : "") +
      (unsaved ? " " + unsaved + " could not be saved: your browser is not saving your work." : "") +
      (replaced ? " " + replaced + " replaced your work in this browser." : ""), replaced && function () {
      put.forEach(function (r) {
        var old = was[where(r)];
        if (old) store.save(r.kind, r.id, old.data, r.page);
        else store.remove(r.kind, r.id, r.page);
      });
      draw();
      root.querySelector("#my-work-import").focus();
      say("Your work is back as it was before the import.");
    });
  }

  var confirmBox = root.querySelector(".wc-mywork__confirm");
  function act(action) {
    var state = current();
    if (action === "print") window.print();
    else if (action === "download-txt") { kit.download(fileName(), asText(state.good)); say("File downloaded: " + fileName()); }
    else if (action === "download-json") {
      // A backup: the learner's settings too, so an import on another device has them.
      var file = { format: FORMAT, version: 1, site: site, exported: new Date().toISOString(), records: state.good.concat(state.settings) };
      kit.download("my-work.json", JSON.stringify(file, null, 2), "application/json");
      say("File downloaded: my-work.json. Keep this backup. You can import it on another device.");
    } else if (action === "email") kit.mailSaid(root, contact, " with a summary. Attach your file " + fileName());
    else if (action === "clear") {
      // All of the question and its buttons in sight, the question read out first.
      confirmBox.hidden = false;
      confirmBox.querySelector("[tabindex]").focus({ preventScroll: true });
      confirmBox.scrollIntoView({ block: "nearest" });
    } else if (action === "clear-no") { confirmBox.hidden = true; root.querySelector('[data-action="clear"]').focus(); say("Nothing was deleted."); }
    else if (action === "clear-yes") {
      store.clearAll();
      confirmBox.hidden = true;
      draw();
      root.querySelector('[data-action="clear"]').focus();
      say("All your saved work on this site was deleted.");
    }
  }
  root.addEventListener("click", function (e) {
    var button = e.target.closest("[data-action]");
    if (button) act(button.getAttribute("data-action"));
  });
  // Esc answers No, as in a dialog.
  confirmBox.addEventListener("keydown", function (e) { if (e.key === "Escape") act("clear-no"); });
  root.querySelector("#my-work-import").addEventListener("change", function (e) {
    var file = e.target.files && e.target.files[0];
    if (!file) return;
    var reader = new FileReader();
    reader.onload = function () { importText(String(reader.result)); e.target.value = ""; };
    reader.onerror = function () { say("Sorry, the file could not be read. Nothing was changed."); };
    reader.readAsText(file);
  });

  if (nameField) nameField.addEventListener("input", function () {
    store.save("setting", "name", nameField.value, "");
    mail(current());
  });

  root.querySelector(".wc-nojs").hidden = true;
  root.querySelector(".wc-mywork__tools").hidden = false;
  draw();
})();
