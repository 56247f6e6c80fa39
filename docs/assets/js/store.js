/* Learner data in this browser only: versioned records per site, page and item; never throws.
 *
 * wcStore.load(kind, id)        -> data or null (missing, old version or corrupt: null)
 * wcStore.save(kind, id, data[, page]) -> true, or false when storage is full or turned off
 *   (page defaults to this page; "" keeps a site-wide setting)
 * wcStore.remove(kind, id[, page])
 * wcStore.clearAll()           -> removes every record of this site (readable or not)
 * wcStore.all()                 -> every record of this site: {page, kind, id, data, saved}
 * wcStore.skipped               -> keys whose data was unreadable and ignored
 * wcStore.unreadable(kind, id)  -> a component found its data of the wrong shape: note it
 *   (load() notes missing-version or corrupt data itself; the page says so once)
 * When storage is turned off, the page says so as it loads, before the learner types anything;
 * when a save fails (storage full), it says so at the top and, once, under what the learner uses.
 * Keys: "wc|<site root path>|<page path>|<kind>|<id>", so project sites that share an origin
 * (user.github.io/a/ and user.github.io/b/) never mix; values: {"v": 1, "saved": ISO, "data": ...}.
 * Another tab: when the page comes back to the front (or back from the browser's page cache) and
 * a record it showed was changed meanwhile, by another tab of the same page or by My work, the
 * page loads again, so it never saves its older copy over the newer work.
 */
(function () {
  "use strict";
  var VERSION = 1;
  // Material writes the relative path to the site root into #__config ("." or "../..").
  var base = ".";
  try {
    base = JSON.parse(document.getElementById("__config").textContent).base || ".";
  } catch (e) {
    /* no config: treat this folder as the root */
  }
  var root = new URL(base.replace(/\/?$/, "/"), location.href).pathname;
  var prefix = "wc|" + root + "|";
  var thisPage = location.pathname.slice(root.length).replace(/index\.html$/, "");
  var skipped = [];
  var warned = false;
  // What this page last read or wrote, by key (null: nothing); all: how many records of the site
  // there were when it showed them all (My work), else null.
  var known = {};
  var all = null;

  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  // At the top of the page, or just after `after`. role: "status" for what the page says as it
  // loads; "alert" for what happens as the learner works. A status region comes into the page
  // with its words, and a screen reader reads such a region's changes, not its arrival: an alert
  // is read as it arrives.
  function notice(text, role, after) {
    var note = document.createElement("p");
    note.className = "wc-store-notice";
    note.setAttribute("role", role || "status");
    note.textContent = text;
    var main = document.querySelector("article") || document.body;
    if (after) after.after(note);
    else main.insertBefore(note, main.firstChild);
  }

  function warn(role) {
    if (warned) return;
    warned = true;
    notice(
      "Your browser is not saving your work on this page. " +
      "You can still use this page, but your work will be gone when you leave.",
      role
    );
  }

  // A save failed as the learner typed or chose: on a phone the notice at the top is far out of
  // sight, so it is said once more under the field (its paragraph or group) they are using, and
  // that one is read out. Without such a field, the notice at the top is.
  var toldHere = false;
  function warnHere() {
    var field = document.activeElement;
    var here = !toldHere && field && field.closest("article");
    warn(here ? "status" : "alert");
    if (!here) return;
    toldHere = true;
    notice(
      "Not saved: your browser is not saving your work. " +
      "Copy your writing somewhere else before you leave this page.",
      "alert",
      field.closest("p, fieldset, div") || field
    );
  }

  // Said once per page, when a component of this page finds its saved work unreadable.
  var toldSkipped = false;
  function skip(key) {
    if (skipped.indexOf(key) < 0) skipped.push(key);
    if (toldSkipped) return;
    toldSkipped = true;
    notice(
      "Some work you saved on this page could not be read, so it is not shown. It may be " +
      "damaged or from an older version of this site. You can do those activities again."
    );
  }

  function read(key) {
    var s = storage();
    if (!s) return null;
    var raw;
    try {
      raw = s.getItem(key);
    } catch (e) {
      return null;
    }
    known[key] = raw;
    if (raw === null) return null;
    try {
      var record = JSON.parse(raw);
      if (record && record.v === VERSION && "data" in record) return record;
    } catch (e) {
      /* corrupt: fall through */
    }
    if (skipped.indexOf(key) < 0) skipped.push(key);
    return false;
  }

  // The keys of every record of this site, in a fixed order.
  function siteKeys() {
    var s = storage();
    var keys = [];
    for (var i = 0; s && i < s.length; i++) {
      var key = s.key(i);
      if (key && key.indexOf(prefix) === 0) keys.push(key);
    }
    return keys.sort();
  }

  function wrote(key, raw) {
    known[key] = raw;
    if (all !== null) all = siteKeys().length;
  }

  // Did another tab (or My work) change a record this page shows, since the page read it? A page
  // that showed every record (My work) also sees one added or removed.
  function changed() {
    var s = storage();
    if (!s) return false;
    for (var key in known) if (s.getItem(key) !== known[key]) return true;
    return all !== null && siteKeys().length !== all;
  }

  function refresh(event) {
    var back = event.type !== "pageshow" || event.persisted;
    if (back && document.visibilityState === "visible" && changed()) location.reload();
  }

  function keyOf(kind, id, page) {
    return prefix + (page === undefined ? thisPage : page) + "|" + kind + "|" + id;
  }

  function usable() {
    var s = storage();
    try {
      s.setItem(prefix + "probe", "1");
      s.removeItem(prefix + "probe");
      return true;
    } catch (e) {
      return false;
    }
  }

  window.wcStore = {
    skipped: skipped,
    load: function (kind, id, page) {
      var key = keyOf(kind, id, page);
      var record = read(key);
      if (record === false) skip(key);
      return record ? record.data : null;
    },
    unreadable: function (kind, id, page) {
      skip(keyOf(kind, id, page));
    },
    save: function (kind, id, data, page) {
      var s = storage();
      var key = keyOf(kind, id, page);
      var raw = JSON.stringify({ v: VERSION, saved: new Date().toISOString(), data: data });
      try {
        s.setItem(key, raw);
        wrote(key, raw);
        return true;
      } catch (e) {
        warnHere(); // storage full: the learner is at work, maybe far below the top
        return false;
      }
    },
    remove: function (kind, id, page) {
      var key = keyOf(kind, id, page);
      try {
        storage().removeItem(key);
        wrote(key, null);
      } catch (e) {
        /* nothing stored, nothing to remove */
      }
    },
    clearAll: function () {
      var s = storage();
      siteKeys().forEach(function (key) {
        try {
          s.removeItem(key);
        } catch (e) {
          /* already gone */
        }
        wrote(key, null);
      });
      skipped.length = 0;
    },
    all: function () {
      var out = [];
      siteKeys().forEach(function (key) {
        var parts = key.slice(prefix.length).split("|");
        var record = read(key);
        if (record && parts.length === 3) {
          out.push({ page: parts[0], kind: parts[1], id: parts[2], data: record.data, saved: record.saved });
        }
      });
      all = siteKeys().length;
      return out;
    },
  };
  document.addEventListener("visibilitychange", refresh);
  window.addEventListener("focus", refresh);
  window.addEventListener("pageshow", refresh);
  if (!usable()) warn();
})();
