/* Sample letters: "Make it yours". Needs store.js (wcStore) and kit.js (wcKit).
 * Each .wc-letter carries its text in data-letter ({id, title, kind, subject, text}). Its form
 * waits in a <template> until the learner presses "Make it yours" (a disclosure button); a
 * letter with saved details, or one whose form a link points into, opens by itself. The form
 * fills the [Placeholders] as the learner types, saves the fields (kind "letter"), and offers
 * Copy, Download (.txt) and a mailto: link. Learner text is only set with textContent / value.
 */
(function () {
  "use strict";
  var PLACEHOLDER = /\[([^\[\]\n]*[^\s\[\]][^\[\]\n]*)\](?!\()/g;

  function fill(template, values) {
    return template.replace(PLACEHOLDER, function (whole, name) {
      var value = (values[name.trim()] || "").trim();
      return value ? value : whole;
    });
  }

  function compose(letter, values) {
    var subject = fill(letter.subject || "", values);
    var body = fill(letter.text, values);
    return { subject: subject, body: body };
  }

  function asText(letter, composed) {
    return (letter.kind === "email" && composed.subject ? "Subject: " + composed.subject + "\n\n" : "") + composed.body + "\n";
  }

  function mailto(composed) {
    var query = [];
    if (composed.subject) query.push("subject=" + encodeURIComponent(composed.subject));
    query.push("body=" + encodeURIComponent(composed.body.replace(/\r?\n/g, "\r\n")));
    return "mailto:?" + query.join("&");
  }

  function copyText(text, done) {
    function fallback() {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "wc-copy-buffer";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try {
        ok = document.execCommand("copy");
      } catch (e) {
        ok = false;
      }
      document.body.removeChild(area);
      done(ok);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else {
      fallback();
    }
  }

  function setUp(root) {
    var letter;
    try {
      letter = JSON.parse(root.getAttribute("data-letter"));
    } catch (e) {
      return;
    }
    var title = root.querySelector(".wc-letter__make-title");
    var open = title && title.querySelector(".wc-letter__open");
    var form = root.querySelector("template.wc-letter__form");
    if (!open || !form) return;
    var store = window.wcStore;
    var saved = store ? store.load("letter", letter.id) : null;
    var make = null;

    function toggle() {
      if (!make) {
        make = form.content.firstElementChild.cloneNode(true);
        form.parentNode.insertBefore(make, form);
        setUpForm(letter, make, saved, store);
        window.wcKit.named(root, make.querySelectorAll("[data-action]"));
        open.setAttribute("aria-controls", make.id);
      }
      var opening = open.getAttribute("aria-expanded") !== "true";
      make.hidden = !opening;
      open.setAttribute("aria-expanded", opening ? "true" : "false");
    }
    // A link to the form, or to a field in it, opens the form and shows that place.
    function follow() {
      var target = location.hash.slice(1);
      if (!target || document.getElementById(target) || !form.content.getElementById(target)) return;
      toggle();
      location.replace(location.href); // the same place again, now there: the browser goes to it
    }
    window.wcKit.named(root, [open]);
    open.addEventListener("click", toggle);
    window.addEventListener("hashchange", follow);
    title.hidden = false;
    if (saved) toggle();
    follow();
  }

  // Wire a newly opened form: the learner's saved (or carried-over) details, live text, actions.
  function setUpForm(letter, make, saved, store) {
    var preview = make.querySelector(".wc-letter__preview");
    var email = make.querySelector('[data-action="email"]');
    var inputs = Array.prototype.slice.call(make.querySelectorAll("input[data-placeholder]"));
    var fields = saved && saved.fields && typeof saved.fields === "object" ? saved.fields : {};
    if (saved && fields !== saved.fields && store.unreadable) store.unreadable("letter", letter.id);

    // A new letter starts with the learner's own name and contact details from their other
    // letters: the fields with an autocomplete token (macros/letters.py OWN_DETAILS).
    if (!saved && store) {
      var own = inputs
        .filter(function (input) { return input.getAttribute("autocomplete") !== "off"; })
        .map(function (input) { return input.getAttribute("data-placeholder"); });
      store.all().forEach(function (record) {
        if (record.kind !== "letter" || !record.data || typeof record.data.fields !== "object") return;
        own.forEach(function (name) {
          var value = record.data.fields[name];
          if (typeof value === "string" && value.trim() && !fields[name]) fields[name] = value;
        });
      });
    }
    // A detail kept for a [Placeholder] the letter once dropped goes back in its field when the
    // author names it so again (it is kept below only while the letter has no such field).
    var before = saved && saved.old && typeof saved.old === "object" ? saved.old : {};
    inputs.forEach(function (input) {
      var name = input.getAttribute("data-placeholder"), value = fields[name];
      if (!(typeof value === "string" && value.trim()) && typeof before[name] === "string") value = before[name];
      if (typeof value === "string") input.value = value;
    });
    // Details saved for a [Placeholder] the letter no longer has (its author renamed or removed
    // it) stay in every save, so My work still shows them: nothing the learner typed is lost.
    var names = inputs.map(function (input) { return input.getAttribute("data-placeholder"); });
    var old = {};
    [before, fields].forEach(function (from) {
      Object.keys(from).forEach(function (name) {
        if (names.indexOf(name) < 0 && typeof from[name] === "string" && from[name].trim()) old[name] = from[name];
      });
    });
    function keepsOld() { return Object.keys(old).length > 0; }

    function values() {
      var out = {};
      inputs.forEach(function (input) {
        out[input.getAttribute("data-placeholder")] = input.value;
      });
      return out;
    }

    function say(message, undo) {
      window.wcKit.say(make, message, undo);
    }

    function update(save) {
      var current = values();
      var composed = compose(letter, current);
      preview.textContent = (letter.kind === "email" && composed.subject ? "Subject: " + composed.subject + "\n\n" : "") + composed.body;
      if (email) email.href = mailto(composed);
      if (save && store) {
        var any = inputs.some(function (input) { return input.value.trim() !== ""; });
        if (any || keepsOld()) {
          var data = { title: letter.title, kind: letter.kind, fields: current, text: asText(letter, composed) };
          if (keepsOld()) data.old = old;
          store.save("letter", letter.id, data);
        } else {
          store.remove("letter", letter.id);
        }
      }
      return composed;
    }

    inputs.forEach(function (input) {
      input.addEventListener("input", function () { update(true); });
    });

    make.addEventListener("click", function (event) {
      var button = event.target.closest("[data-action]");
      if (!button || !make.contains(button)) return;
      var action = button.getAttribute("data-action");
      var composed = update(false);
      if (action === "copy") {
        copyText(asText(letter, composed), function (ok) {
          say(ok ? "Copied. You can paste it now." : "Sorry, copying did not work. Select the text and copy it yourself.");
        });
      } else if (action === "download") {
        window.wcKit.download(letter.id + ".txt", asText(letter, composed));
        say("File downloaded: " + letter.id + ".txt");
      } else if (action === "email") {
        say("Your email app opens with this email. Type the address in the To line. Read it again, then press Send.");
      } else if (action === "clear" && (keepsOld() || window.wcKit.clearing(make))) {
        // Details kept for a dropped [Placeholder] are in no field, but they are saved: they clear too.
        // Undo (after the message, the next stop for Tab) puts every detail back.
        var was = values(), wasOld = old;
        inputs.forEach(function (input) { input.value = ""; });
        old = {};
        update(true);
        say("Your details were cleared.", function () {
          old = wasOld;
          inputs.forEach(function (input) { input.value = was[input.getAttribute("data-placeholder")]; });
          update(true);
          button.focus();
          say("Your details are back.");
        });
      }
    });

    make.addEventListener("submit", function (event) { event.preventDefault(); });
    update(false);
  }

  window.wcKit.each(document.querySelectorAll(".wc-letter[data-letter]"), setUp);
})();
