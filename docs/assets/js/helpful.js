/* "Was this page helpful?": Yes / No, a comment, and an email to the instructor.
 * Needs store.js and kit.js. Learner text is only set with textContent / value.
 */
(function () {
  "use strict";
  var store = window.wcStore, kit = window.wcKit;
  var each = kit.each, say = kit.say;

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
      email.href = kit.mailto(contact, "Feedback: " + title, body);
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
    email.addEventListener("click", function () { kit.mailSaid(root, contact, ""); });
    update(false);
    root.hidden = false;
  }

  if (store) each(document.querySelectorAll(".wc-helpful"), setUpHelpful);
})();
