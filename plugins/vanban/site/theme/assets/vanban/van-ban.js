/* vanban document page: the permanent address made absolute, one-click
 * copy of the citation and the link, and a link and a citation for every
 * heading and paragraph ("Sao chép liên kết", "Sao chép trích dẫn").
 * Text from the document goes in with textContent only. */
(function () {
  "use strict";

  var box = document.querySelector(".vb-trich-dan");
  if (!box) return;
  var anchor = box.querySelector("[data-vb-permalink]");
  var citation = box.querySelector("[data-vb-citation]").textContent.trim();
  var status = box.querySelector(".vb-copied");  // read out by screen readers; the toast is what eyes see

  // The address the page was opened at, unless it is a file on a disk: then
  // the configured one, if any.
  var permalink = anchor.href;
  if (window.location.protocol !== "file:" || !/^https?:/.test(anchor.getAttribute("href"))) {
    permalink = window.location.href.replace(/[?#].*$/, "");
  }
  anchor.href = permalink;
  anchor.textContent = permalink;
  var printed = document.querySelector("[data-vb-permalink-text]");
  if (printed) printed.textContent = permalink;

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {  // file:// and plain http: the old way
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy refused")); }
    });
  }

  var toast = document.createElement("div");
  toast.className = "vb-toast";
  toast.setAttribute("role", "status");
  toast.hidden = true;
  document.body.appendChild(toast);
  var hideToast = null;

  function tell(message) {
    status.textContent = "";
    window.setTimeout(function () { status.textContent = message; }, 50);
    toast.textContent = message;
    toast.hidden = false;
    window.clearTimeout(hideToast);
    hideToast = window.setTimeout(function () { toast.hidden = true; }, 2500);
  }

  function copied(what, text) {
    return copy(text).then(function () { tell("Đã sao chép " + what + "."); },
                           function () { tell("Trình duyệt không cho sao chép; hãy chọn và sao chép bằng tay."); });
  }

  box.querySelectorAll("[data-vb-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      if (button.getAttribute("data-vb-copy") === "link") copied("liên kết", permalink);
      else copied("trích dẫn", citation);
    });
  });

  // --- a link and a citation for each passage --------------------------------
  var body = document.querySelector(".vb-noi-dung");
  if (!body) return;
  var passages = body.querySelectorAll("h2[id], h3[id], h4[id], p[id^='doan-'], li[id^='doan-']");
  var menu = document.createElement("div");
  menu.className = "vb-doan-menu";
  menu.setAttribute("role", "menu");
  menu.hidden = true;
  var linkItem = menuItem("Sao chép liên kết");
  var citeItem = menuItem("Sao chép trích dẫn");
  document.body.appendChild(menu);
  var current = null;

  function menuItem(label) {
    var item = document.createElement("button");
    item.type = "button";
    item.setAttribute("role", "menuitem");
    item.textContent = label;
    menu.appendChild(item);
    return item;
  }

  function headingText(el) {
    return (el.textContent || "").replace(/\s*#\s*$/, "").trim();
  }

  // "mục “II. NỘI DUNG”, đoạn 14": where a passage stands, as a reader
  // would say it.
  function where(el) {
    if (/^H[2-4]$/.test(el.tagName)) return "mục “" + headingText(el) + "”";
    var n = el.id.replace("doan-", "");
    for (var i = Array.prototype.indexOf.call(passages, el) - 1; i >= 0; i--) {
      if (/^H[2-4]$/.test(passages[i].tagName)) return "mục “" + headingText(passages[i]) + "”, đoạn " + n;
    }
    return "đoạn " + n;
  }

  function close() {
    menu.hidden = true;
    if (current) current.button.setAttribute("aria-expanded", "false");
  }

  passages.forEach(function (el) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "vb-doan-link";
    button.textContent = "#";
    button.setAttribute("aria-label", "Liên kết và trích dẫn " + (/^H/.test(el.tagName) ? "mục này" : "đoạn này"));
    button.setAttribute("aria-haspopup", "menu");
    button.setAttribute("aria-expanded", "false");
    el.appendChild(button);
    button.addEventListener("click", function (event) {
      event.stopPropagation();
      if (!menu.hidden && current && current.el === el) return close();
      current = { el: el, button: button };
      var rect = button.getBoundingClientRect();
      menu.style.top = (window.scrollY + rect.bottom + 4) + "px";
      menu.style.left = Math.max(8, Math.min(window.scrollX + rect.left - 120,
                                             document.documentElement.clientWidth - 220)) + "px";
      menu.hidden = false;
      button.setAttribute("aria-expanded", "true");
      linkItem.focus();
    });
  });

  function passageLink() { return permalink + "#" + current.el.id; }

  linkItem.addEventListener("click", function () {
    var link = passageLink();
    close();
    copied("liên kết đến " + (/^H/.test(current.el.tagName) ? "mục" : "đoạn"), link);
  });
  citeItem.addEventListener("click", function () {
    var text = citation + ", " + where(current.el) + " (" + passageLink() + ")";
    close();
    copied("trích dẫn", text);
  });
  document.addEventListener("click", function (event) { if (!menu.contains(event.target)) close(); });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !menu.hidden) { close(); if (current) current.button.focus(); }
  });
})();
