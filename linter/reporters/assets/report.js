(function () {
  "use strict";
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }
  function up(node, tag) {
    while (node && node.nodeType === 1) {
      if (node.tagName === tag) { return node; }
      node = node.parentNode;
    }
    return null;
  }
  var table = document.getElementById("matrix");
  if (table) {
    var heads = table.tHead.rows[0].cells;
    each(heads, function (th) {
      var button = th.getElementsByTagName("button")[0];
      if (button) { button.addEventListener("click", function () { sortBy(th); }); }
    });
    table.tBodies[0].addEventListener("click", function (event) {
      if (up(event.target, "A")) { return; }
      var row = up(event.target, "TR");
      if (row && row.getAttribute("data-href")) { location.hash = row.getAttribute("data-href"); }
    });
  }
  function sortBy(th) {
    var index = th.cellIndex, numeric = th.getAttribute("data-sort") === "num";
    var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    each(heads, function (h) { h.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
    var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[index].getAttribute("data-v"), y = b.cells[index].getAttribute("data-v");
      var c = numeric ? Number(x) - Number(y) : x.localeCompare(y, "zh-CN");
      return c * dir || Number(a.getAttribute("data-i")) - Number(b.getAttribute("data-i"));
    });
    each(rows, function (row) { body.appendChild(row); });
  }
  var ruleSelect = document.getElementById("rule-filter");
  var boxes = document.querySelectorAll("input[name=sev]");
  function applyFilters() {
    var shown = {}, rule = ruleSelect ? ruleSelect.value : "";
    each(boxes, function (box) { shown[box.value] = box.checked; });
    function visible(pairs) {
      var list = pairs.split(" ");
      for (var i = 0; i < list.length; i++) {
        var cut = list[i].lastIndexOf(":");
        var id = list[i].slice(0, cut), severity = list[i].slice(cut + 1);
        if (shown[severity] && (!rule || rule === id)) { return true; }
      }
      return false;
    }
    each(document.querySelectorAll("mark[data-rs]"), function (mark) {
      if (visible(mark.getAttribute("data-rs"))) { mark.classList.remove("off"); }
      else { mark.classList.add("off"); }
    });
    each(document.querySelectorAll("li[data-rs]"), function (item) {
      item.hidden = !visible(item.getAttribute("data-rs"));
    });
  }
  each(boxes, function (box) { box.addEventListener("change", applyFilters); });
  if (ruleSelect) { ruleSelect.addEventListener("change", applyFilters); }
  applyFilters();
  var printAll = document.getElementById("print-all");
  if (printAll) { printAll.addEventListener("click", function () { window.print(); }); }
  each(document.querySelectorAll("button.print-one"), function (button) {
    button.addEventListener("click", function () {
      var section = up(button, "SECTION");
      document.body.classList.add("print-one");
      section.classList.add("printing");
      window.print();
    });
  });
  window.addEventListener("afterprint", function () {
    document.body.classList.remove("print-one");
    each(document.querySelectorAll("section.printing"), function (s) { s.classList.remove("printing"); });
  });
})();
