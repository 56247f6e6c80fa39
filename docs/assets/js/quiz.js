/* Quizzes: Check, Try again, Show answer, a score per quiz and for the page, saved with wcStore
 * (kind "quiz", data {a: answers, s: "" | "checked" | "shown", p: points, m: max, title: the
 * question, v: the quiz's data-v}: a reflection's answer is its text; the title lets My work name
 * it without this page; v tells an answer saved before the author changed the quiz's options).
 * Enhances the HTML of macros/templates/quiz.html; without JS that HTML still shows the answers.
 * Feedback, explanation and model answer are shown from its "Show answer" block (see there).
 * Learner text only ever goes in through .value or .textContent.
 */
(function () {
  "use strict";
  var store = window.wcStore;
  var all = [];
  var summary, summaryText, summaryNote;

  function $$(root, sel) {
    return Array.prototype.slice.call(root.querySelectorAll(sel));
  }
  function make(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }
  // A live region reads a change: the same text again gets (or drops) a no-break space.
  function tell(el, text) {
    el.textContent = text && el.textContent === text ? text + "\u00a0" : text;
  }
  function button(text, cls, fn) {
    var b = make("button", "wc-quiz__btn " + cls, text);
    b.type = "button";
    b.addEventListener("click", fn);
    return b;
  }
  // Same rule as macros/quiz.py normalize_answer.
  function norm(s) {
    return String(s)
      .replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/\s+/g, " ")
      .trim()
      .toLowerCase()
      .replace(/\s*\.$/, "");
  }

  /* Each type: read and write answers, say what is right, and fill in the right answers. */
  var types = {
    choice: {
      get: function (q) {
        return q.inputs.filter(function (i) { return i.checked; }).map(function (i) { return +i.value; });
      },
      set: function (q, a) {
        q.inputs.forEach(function (i) { i.checked = a.indexOf(+i.value) >= 0; });
      },
      empty: function (q, a) { return !a.length; },
      // [element, right?] for each item; points and max.
      grade: function (q) {
        var marks = [], right = 0, wrong = 0, max = 0;
        q.inputs.forEach(function (i) {
          var ok = i.hasAttribute("data-ok");
          if (ok) max++;
          if (!i.checked) return;
          ok ? right++ : wrong++;
          marks.push([i.closest("label"), ok]);
        });
        return { marks: marks, p: Math.max(0, right - wrong), m: max, all: right === max && !wrong, right: right, wrong: wrong };
      },
      solve: function (q) {
        q.inputs.forEach(function (i) { i.checked = i.hasAttribute("data-ok"); });
      },
    },
    fill: {
      get: function (q) { return q.inputs.map(function (i) { return i.value; }); },
      set: function (q, a) { q.inputs.forEach(function (i, n) { i.value = typeof a[n] === "string" ? a[n] : ""; }); },
      empty: function (q, a) { return !a.join("").trim(); },
      grade: function (q) {
        return each(q.inputs, function (i) {
          var given = norm(i.value);
          return JSON.parse(i.getAttribute("data-answers")).some(function (x) { return norm(x) === given; });
        });
      },
      solve: function (q) {
        q.inputs.forEach(function (i) { i.value = JSON.parse(i.getAttribute("data-answers"))[0]; });
      },
    },
    order: {
      get: function (q) { return q.items().map(function (li) { return +li.getAttribute("data-pos"); }); },
      set: function (q, a) {
        var items = q.items();
        if (a.length !== items.length) return;
        a.forEach(function (pos) {
          var li = items.filter(function (x) { return +x.getAttribute("data-pos") === pos; })[0];
          if (li) q.list.appendChild(li);
        });
      },
      empty: function () { return false; },
      grade: function (q) {
        return each(q.items(), function (li, n) { return +li.getAttribute("data-pos") === n; });
      },
      solve: function (q) {
        types.order.set(q, q.items().map(function (li, n) { return n; }));
      },
    },
    match: {
      get: function (q) { return q.inputs.map(function (s) { return s.value; }); },
      set: function (q, a) { q.inputs.forEach(function (s, n) { s.value = typeof a[n] === "string" ? a[n] : ""; if (s.selectedIndex < 0) s.value = ""; }); },
      empty: function (q, a) { return !a.join(""); },
      grade: function (q) {
        return each(q.inputs, function (s) { return s.value === s.getAttribute("data-answer"); });
      },
      solve: function (q) { q.inputs.forEach(function (s) { s.value = s.getAttribute("data-answer"); }); },
    },
    reflection: {
      get: function (q) { return q.inputs[0].value; },
      set: function (q, a) { q.inputs[0].value = typeof a === "string" ? a : ""; },
      empty: function (q, a) { return !a.trim(); },
    },
  };
  types.single = types.multiple = types["true-false"] = types.choice;

  // Move a part of the answer block (explanation, model answer) to after `after`, hidden.
  function lift(answer, sel, after) {
    var part = answer.querySelector(sel);
    if (!part) return null;
    part.hidden = true;
    after.parentNode.insertBefore(part, after.nextSibling);
    return part;
  }

  function each(elements, isRight) {
    var p = 0;
    var marks = elements.map(function (e, n) {
      var ok = isRight(e, n);
      if (ok) p++;
      return [e, ok];
    });
    return { marks: marks, p: p, m: elements.length, all: p === elements.length };
  }

  function Quiz(root) {
    var q = this;
    q.root = root;
    q.id = root.getAttribute("data-quiz");
    q.type = root.getAttribute("data-type");
    q.v = root.getAttribute("data-v");
    q.kind = types[q.type];
    q.set = root.querySelector("fieldset");
    q.title = root.querySelector("legend").textContent.replace(/\s+/g, " ").trim();
    q.list = root.querySelector(".wc-quiz__list");
    q.inputs = $$(root, "fieldset input, fieldset select, fieldset textarea");
    q.items = function () { return q.list ? $$(q.list, ":scope > li") : []; };
    q.start = q.items().slice();
    q.state = { a: q.kind.get(q), s: "", p: 0, m: 0 };
    var answer = root.querySelector(".wc-quiz__answer");
    q.why = $$(answer, ".wc-quiz__key > li").map(function (li) { return li.querySelector(".wc-quiz__why"); });

    var bar = make("div", "wc-quiz__actions");
    q.result = make("p", "wc-quiz__result");
    q.result.id = root.id + "--result"; // a quiz id has no "--": never another quiz's "quiz-<id>"
    q.result.setAttribute("aria-live", "polite");
    // The result describes each field too. While the fields take answers, all it can say is why
    // an answer is needed ("Give an answer first."): a screen reader reads that with the field
    // that gets the focus (the live region alone can be cut off as the focus moves there).
    // Once checked, the fields are disabled and Tab passes them by.
    q.inputs.forEach(function (i) {
      i.setAttribute("aria-describedby", ((i.getAttribute("aria-describedby") || "") + " " + q.result.id).trim());
    });
    if (q.type === "reflection") {
      q.showBtn = button("Show a model answer", "wc-quiz__show", function () { q.reveal(true); });
      bar.appendChild(q.showBtn);
    } else {
      q.checkBtn = button("Check", "wc-quiz__check", function () { q.check(true); });
      q.againBtn = button("Try again", "wc-quiz__again", function () { q.again(true); });
      q.showBtn = button("Show answer", "wc-quiz__show", function () { q.show(true); });
      bar.appendChild(q.checkBtn);
      bar.appendChild(q.againBtn);
      bar.appendChild(q.showBtn);
    }
    // Each button is named by its word and the question, as a journal's Add is: in a list of
    // the page's buttons (a screen reader's), a lesson's twelve "Check" told nothing apart.
    var prompt = root.querySelector("legend");
    prompt.id = root.id + "--prompt";
    [q.checkBtn, q.againBtn, q.showBtn].forEach(function (b, n) {
      if (!b) return;
      b.id = root.id + "--" + ["check", "again", "show"][n];
      b.setAttribute("aria-labelledby", b.id + " " + prompt.id);
    });
    if (q.kind === types.order) q.addMoves();
    // The model answer goes under the text box, the explanation under the result.
    q.model = lift(answer, ".wc-quiz__model", q.set);
    if (q.model) q.model.tabIndex = -1;
    root.insertBefore(bar, (q.model || q.set).nextSibling);
    root.insertBefore(q.result, bar.nextSibling);
    q.explain = lift(answer, ".wc-quiz__explain", q.result);
    answer.hidden = true;
    q.set.addEventListener("input", function () { q.save(); });
    q.set.addEventListener("change", function () { q.save(); });
    // Enter in a blank checks the answers, as it sends a one-line form elsewhere; not the Enter
    // that picks a word in an input method (Chinese, Japanese, Korean; in Safari, key code 229).
    q.set.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.isComposing && e.keyCode !== 229 && q.checkBtn && !q.checkBtn.hidden && e.target.matches("input[type=text]")) {
        e.preventDefault();
        q.check(true);
      }
    });
    q.restore();
  }

  Quiz.prototype = {
    save: function () {
      this.state.a = this.kind.get(this);
      this.put();
    },
    put: function () {
      this.state.title = this.title;
      if (this.v) this.state.v = this.v;
      store.save("quiz", this.id, this.state);
    },
    restore: function () {
      var data = store.load("quiz", this.id);
      try {
        if (data !== null && typeof data !== "object") throw new Error("not a quiz record");
        if (data && data.v && this.v && data.v !== this.v) this.changed(data);
        else if (data) {
          this.kind.set(this, data.a);
          if (data.s === "checked") this.check(false);
          else if (data.s === "shown") this.type === "reflection" ? this.reveal(false) : this.show(false);
        }
      } catch (e) {
        this.clear(); // stored data of the wrong shape: start fresh, and say so
        store.unreadable("quiz", this.id);
      }
      this.buttons();
    },
    // The answer was saved for other options, steps or blanks (macros/quiz.py answer_version):
    // shown here, it would be an answer the learner never gave. Words typed in blanks stay, to
    // check again; choices are dropped. Either way the learner is told.
    changed: function (data) {
      // Not words that Show answer put in the blanks: the old quiz's answers, never typed.
      var typed = this.kind === types.fill && data.s !== "shown" && Array.isArray(data.a) &&
        data.a.some(function (w) { return typeof w === "string" && w.trim(); });
      if (typed) {
        this.kind.set(this, data.a);
        this.save();
        this.say("This question changed after you answered it. Your words are still here: check them again.");
      } else {
        store.remove("quiz", this.id);
        this.say("This question changed after you answered it, so your answer was cleared. Please answer it again.");
      }
    },
    buttons: function () {
      var s = this.state;
      if (!this.checkBtn) return;
      this.checkBtn.hidden = s.s !== "";
      this.againBtn.hidden = s.s === "";
      this.showBtn.hidden = s.s === "shown" || (s.s === "checked" && s.all);
    },
    unmark: function () {
      $$(this.root, ".wc-quiz__mark, .wc-quiz__fb").forEach(function (m) { m.remove(); });
      $$(this.root, "[data-wc-right]").forEach(function (e) { e.removeAttribute("data-wc-right"); });
      if (this.explain) this.explain.hidden = true;
    },
    mark: function (g, everyFeedback) {
      var self = this;
      this.unmark();
      g.marks.forEach(function (pair) {
        var e = pair[0], ok = pair[1];
        var li = e.closest("li");
        var m = make("span", "wc-quiz__mark", ok ? "Right" : "Not right");
        m.setAttribute("data-right", ok ? "yes" : "no");
        li.setAttribute("data-wc-right", ok ? "yes" : "no");
        if (e === li) li.insertBefore(m, li.firstChild);
        else e.parentNode.insertBefore(m, e.nextSibling);
      });
      // Choices: feedback on the options chosen (or on all, with the answer shown). Others: on all.
      this.items().forEach(function (li) {
        var input = li.querySelector("input");
        if (everyFeedback || self.kind !== types.choice || input.checked) self.feedback(li);
      });
      return this.root.querySelector(".wc-quiz__fb");
    },
    feedback: function (li) {
      var n = li.hasAttribute("data-pos") ? +li.getAttribute("data-pos") : this.start.indexOf(li);
      var why = this.why[n];
      if (!why) return;
      var fb = make("div", "wc-quiz__fb");
      fb.appendChild(why.cloneNode(true));
      li.appendChild(fb);
    },
    check: function (user) {
      var a = this.kind.get(this);
      if (user && this.kind.empty(this, a)) {
        this.say("Give an answer first. Then press Check.");
        this.inputs[0].focus();
        return;
      }
      var g = this.kind.grade(this);
      var fb = this.mark(g, false);
      this.state = { a: a, s: "checked", p: g.p, m: g.m, all: g.all };
      var text = (g.all ? "Well done! " : "") + g.p + " of " + g.m + " right.";
      if (!g.all && this.type === "multiple") {
        text = "You found " + g.right + " of the " + g.m + " right answers";
        if (g.wrong) text += ". " + g.wrong + " of your choices " + (g.wrong > 1 ? "are" : "is") + " not right";
        text += ". Score: " + g.p + " of " + g.m + ".";
      }
      if (!g.all) text += (fb ? " Read the feedback. Then try" : " Try") + " again or show the answer.";
      if (g.all && this.explain) this.explain.hidden = false;
      this.done(text, user);
    },
    show: function (user) {
      this.kind.solve(this);
      var g = this.kind.grade(this);
      this.mark(g, true);
      if (this.explain) this.explain.hidden = false;
      var old = this.state;
      this.state = { a: this.kind.get(this), s: "shown", p: old.s === "checked" ? old.p : 0, m: g.m };
      this.done("Here is the answer.", user);
    },
    done: function (text, user) {
      this.set.disabled = true;
      this.say(text);
      this.buttons();
      if (user) {
        this.put();
        this.againBtn.focus();
        update();
      }
    },
    again: function (user) {
      var first = this.root.querySelector('[data-wc-right="no"]');
      this.unmark();
      this.set.disabled = false;
      this.state.s = "";
      this.say("");
      this.buttons();
      if (user) {
        this.save();
        update();
        var target = first && first.querySelector("input, select, button");
        (target || this.inputs[0] || this.set.querySelector("button")).focus();
      }
    },
    reveal: function (user) {
      var text = this.inputs[0].value;
      if (user && !text.trim()) {
        this.say("Write your answer first. Then you can compare it with a model answer.");
        this.inputs[0].focus();
        return;
      }
      this.model.hidden = false;
      if (this.explain) this.explain.hidden = false;
      this.showBtn.hidden = true;
      this.state = { a: text, s: "shown" };
      this.say("");
      if (user) {
        this.put();
        this.model.focus();
      }
    },
    clear: function () {
      var q = this;
      this.kind.set(this, this.type === "reflection" ? "" : []);
      this.start.forEach(function (li) { q.list.appendChild(li); });
      if (this.model) {
        this.model.hidden = true;
        this.showBtn.hidden = false;
      }
      this.again(false);
      this.state = { a: this.kind.get(this), s: "", p: 0, m: 0 };
    },
    say: function (text) {
      tell(this.result, text);
    },
    addMoves: function () {
      var q = this;
      q.live = make("p", "wc-quiz__sr");
      q.live.setAttribute("aria-live", "polite");
      q.root.appendChild(q.live);
      q.start.forEach(function (li) {
        var name = li.querySelector(".wc-quiz__text").textContent;
        var box = make("span", "wc-quiz__move");
        [["Move up", -1], ["Move down", 1]].forEach(function (d) {
          var b = button(d[0], "wc-quiz__mv", function () { q.move(li, d[1], b); });
          b.setAttribute("aria-label", d[0] + ": " + name);
          box.appendChild(b);
        });
        li.appendChild(box);
      });
    },
    move: function (li, step, b) {
      var items = this.items(), n = items.indexOf(li), to = n + step;
      // "Say thanks first: now number 2 of 4", not "Say thanks first.: now number 2 of 4".
      var name = li.querySelector(".wc-quiz__text").textContent.trim().replace(/[.:]+$/, "");
      if (to >= 0 && to < items.length) {
        this.list.insertBefore(li, step < 0 ? items[to] : items[to].nextSibling);
        this.save();
        b.focus();
        tell(this.live, name + ": now number " + (to + 1) + " of " + items.length + ".");
      } else {
        tell(this.live, name + " is already " + (step < 0 ? "first." : "last."));
      }
    },
  };

  function scored() {
    return all.filter(function (q) { return q.checkBtn; });
  }

  function update() {
    if (!summaryText) return; // a quiz answered before the last one was set up
    var qs = scored();
    var right = qs.filter(function (q) { return q.state.s === "checked" && q.state.all; }).length;
    summaryText.textContent = "Your score on this page: " + right + " of " + qs.length + " right.";
  }

  function reset() {
    var qs = scored(); // not reflections
    if (!window.confirm("Clear your quiz answers on this page? Your writing stays. You cannot undo this.")) return;
    qs.forEach(function (q) {
      store.remove("quiz", q.id);
      q.clear();
    });
    update();
    tell(summaryNote, "Your quiz answers on this page were cleared.");
    var first = qs[0].inputs[0] || qs[0].set.querySelector("button");
    if (first) first.focus();
  }

  function setUp(root) {
    try {
      all.push(new Quiz(root));
    } catch (e) {
      // A bug, not bad data: say so, and leave this quiz usable as plain HTML.
      console.error("quiz " + root.getAttribute("data-quiz") + ": " + e);
    }
  }

  function addSummary() {
    if (!scored().length) return;
    summary = make("div", "wc-quiz-summary");
    summaryText = make("p", "wc-quiz-summary__text");
    summaryNote = make("p", "wc-quiz__sr");
    summaryNote.setAttribute("role", "status");
    summary.appendChild(summaryText);
    summary.appendChild(button("Clear my quiz answers", "wc-quiz__reset", reset));
    summary.appendChild(summaryNote);
    var last = all[all.length - 1].root;
    last.parentNode.insertBefore(summary, last.nextSibling);
    update();
  }

  // The lesson has 14 quizzes, about 1 ms each on this machine and 4 on a slow phone. They are set
  // up a few at a time, each few a task of its own (at most BATCH_MS), so that a tap while the
  // page loads is answered between two of them, not after all of them.
  var BATCH_MS = 4;
  function init() {
    if (!store) return;
    var roots = $$(document, ".wc-quiz[data-quiz]");
    (function batch(n) {
      var until = performance.now() + BATCH_MS;
      while (n < roots.length) {
        setUp(roots[n++]);
        if (performance.now() >= until) break; // at least one quiz per task
      }
      if (n < roots.length) setTimeout(function () { batch(n); });
      else addSummary();
    })(0);
  }

  init();
})();
