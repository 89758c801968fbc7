(function () {
  "use strict";
  /* The one script of zhidang's review pages (html.py writes the data).
     It reads JSON from <script type="application/json"> blocks and builds the
     page with createElement/textContent/setAttribute only: no HTML from
     strings, so report text can never become markup.
     Blocks: "zd-page" (the page: a summary, or a chunk of the report folder)
     and "zd-r<N>" (report N, drawn when opened). State lives in the location
     hash: #r=12&rule=placeholder&sev=ew&sort=e&dir=-1 (an anchor such as #L12
     is not state); l=8-10 (lines to show in report r) holds for one link only. Extra views of the summary register in VIEWS. */
  var SEVERITIES = ["info", "warning", "error"];
  var SEV_TITLE = ["提示", "警告", "错误"];
  var SEV_LETTER = ["i", "w", "e"];
  var STATUS = { p: "present", w: "weak", m: "missing", "-": "none" };
  var MARK = { present: "✔", weak: "△", missing: "✗", none: "—" };
  var WORD = { present: "有", weak: "内容过少", missing: "缺失" };
  var RANK = { missing: 0, weak: 1, present: 2, none: -1 };
  var EXCERPT_MAX = 60;
  var PLACES_SHOWN = 20;
  var PAGE_ROWS = 500; /* rows of the summary drawn at a time: a table of 10,000 takes seconds to lay out */
  /* Extra views of the summary page: VIEWS[id] = function (container, data, summary, lib),
     data = summary.views[id] (written by html.Writer.views), lib = LIB below. A view's
     own script (similar.js), written only on a summary page that has the view, runs
     before this one and registers in window.zdViews. */
  var VIEWS = window.zdViews || {};

  function $(id) { return document.getElementById(id); }
  function add(node, child) {
    if (child === null || child === undefined || child === false) { return node; }
    if (typeof child === "string" || typeof child === "number") {
      node.appendChild(document.createTextNode(String(child)));
    } else if (child.nodeType) {
      node.appendChild(child);
    } else {
      for (var i = 0; i < child.length; i++) { add(node, child[i]); }
    }
    return node;
  }
  function h(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      for (var name in attrs) {
        if (attrs.hasOwnProperty(name) && attrs[name] !== null && attrs[name] !== undefined &&
            attrs[name] !== false) {
          node.setAttribute(name, attrs[name]);
        }
      }
    }
    return add(node, children);
  }
  function readJSON(id) {
    var node = $(id);
    return node ? JSON.parse(node.textContent) : null;
  }
  function baseName(path) {
    var parts = String(path).split(/[\\/]/);
    return parts[parts.length - 1] || path;
  }
  function pad(n) { var s = String(n); while (s.length < 3) { s = "0" + s; } return s; }
  function up(node, tag) {
    while (node && node.nodeType === 1) {
      if (node.tagName === tag) { return node; }
      node = node.parentNode;
    }
    return null;
  }

  /* ------------------------------------------------------------------ state */

  var state = parse("");
  function parse(text) {
    var fresh = { r: 0, rule: "", sev: "eiw", sort: "", dir: 1, at: 0, view: "", q: "", pg: 0, sp: 0, l: "" };
    var parts = text ? text.split("&") : [];
    for (var i = 0; i < parts.length; i++) {
      var cut = parts[i].indexOf("=");
      if (cut < 1) { continue; }
      var key = decodeURIComponent(parts[i].slice(0, cut)), value = decodeURIComponent(parts[i].slice(cut + 1));
      if (key === "r" || key === "at" || key === "dir" || key === "pg" || key === "sp") { fresh[key] = Number(value) || 0; }
      else if (key === "rule" || key === "sev" || key === "sort" || key === "view" || key === "q" || key === "l") { fresh[key] = value; }
    }
    if (fresh.dir !== -1) { fresh.dir = 1; }
    return fresh;
  }
  function readHash() {
    var text = location.hash.replace(/^#/, "");
    if (text && text.indexOf("=") < 0) { return false; } /* an anchor such as #L12 */
    state = parse(text);
    return true;
  }
  function hashOf(changes) {
    var s = {}, key;
    for (key in state) { if (state.hasOwnProperty(key)) { s[key] = state[key]; } }
    for (key in changes) { if (changes.hasOwnProperty(key)) { s[key] = changes[key]; } }
    var out = [];
    if (s.view) { out.push("view=" + encodeURIComponent(s.view)); }
    if (s.r) { out.push("r=" + s.r); }
    if (s.rule) { out.push("rule=" + encodeURIComponent(s.rule)); }
    if (sevKey(s.sev) !== "eiw") { out.push("sev=" + (sevKey(s.sev) || "-")); }
    if (s.sort) { out.push("sort=" + encodeURIComponent(s.sort)); }
    if (s.sort && s.dir === -1) { out.push("dir=-1"); }
    if (s.q) { out.push("q=" + encodeURIComponent(s.q)); }
    if (s.pg) { out.push("pg=" + s.pg); }
    if (s.at) { out.push("at=" + s.at); }
    if (s.view && s.sp) { out.push("sp=" + s.sp); }
    if (changes && changes.l) { out.push("l=" + encodeURIComponent(changes.l)); } /* one link only */
    return "#" + out.join("&");
  }
  function sevKey(sev) { return String(sev || "").replace(/[^eiw]/g, "").split("").sort().join(""); }
  function sevShown(index) { return state.sev.indexOf(SEV_LETTER[index]) >= 0; }
  function filtering() { return state.rule !== "" || sevKey(state.sev) !== "eiw"; }
  function inView(rule, severity) {
    return sevShown(severity) && (!state.rule || state.rule === rule);
  }
  function remember(changes) { /* a new state, without a new history entry */
    var hash = hashOf(changes);
    state = parse(hash.slice(1));
    if (history.replaceState) { history.replaceState(null, "", hash); } else { location.hash = hash; }
  }

  /* ------------------------------------------------------------------ filters */

  function filterBar(rules, extra) {
    /* rules: [[id, label, count, reports?]]; extra: nodes for the right end. */
    var boxes = [];
    for (var s = 2; s >= 0; s--) {
      var box = h("input", { type: "checkbox", name: "sev", value: SEVERITIES[s] });
      box.checked = sevShown(s);
      box.setAttribute("data-letter", SEV_LETTER[s]);
      boxes.push(h("label", { "class": "sev-box " + SEVERITIES[s] }, [box, " " + SEV_TITLE[s]]));
    }
    var select = h("select", { id: "rule-filter" }, h("option", { value: "" }, "全部规则"));
    var known = false;
    for (var i = 0; i < rules.length; i++) {
      var r = rules[i];
      var label = r[0] + "（" + r[1] + "）· " + r[2] + " 处" + (r[3] !== undefined ? " / " + r[3] + " 份" : "");
      select.appendChild(h("option", { value: r[0] }, label));
      if (r[0] === state.rule) { known = true; }
    }
    if (state.rule && !known) {
      select.appendChild(h("option", { value: state.rule }, state.rule + "（本报告没有）"));
    }
    select.value = state.rule;
    var nav = h("nav", { "class": "filters", "aria-label": "筛选" }, [
      h("span", { "class": "group" }, [h("span", { "class": "label" }, "级别："), boxes]),
      h("span", { "class": "group" }, [h("label", { "class": "label", "for": "rule-filter" }, "规则："), select]),
      h("span", { "class": "group" }, extra)
    ]);
    function changed() {
      var sev = "";
      var inputs = nav.querySelectorAll("input[name=sev]");
      for (var k = 0; k < inputs.length; k++) { if (inputs[k].checked) { sev += inputs[k].getAttribute("data-letter"); } }
      remember({ rule: select.value, sev: sev || "-", pg: 0, at: 0 });
      applyFilters();
    }
    select.addEventListener("change", changed);
    var inputs = nav.querySelectorAll("input[name=sev]");
    for (var k = 0; k < inputs.length; k++) { inputs[k].addEventListener("change", changed); }
    return nav;
  }
  function syncFilters() { /* the controls, after the state changed under them (back, forward) */
    var select = $("rule-filter"), inputs = document.querySelectorAll("input[name=sev]"), find = $("find");
    if (select) { select.value = state.rule; }
    for (var i = 0; i < inputs.length; i++) { inputs[i].checked = state.sev.indexOf(inputs[i].getAttribute("data-letter")) >= 0; }
    if (find && find.value !== state.q) { find.value = state.q; }
  }
  var filterHooks = [];
  function applyFilters() { for (var i = 0; i < filterHooks.length; i++) { filterHooks[i](); } }

  function badges(counts) {
    var out = [];
    for (var s = 2; s >= 0; s--) {
      out.push(h("span", { "class": "badge " + SEVERITIES[s] }, SEV_TITLE[s] + " " + counts[s]));
    }
    return out;
  }

  /* ------------------------------------------------------------------ one report */

  function expand(data) {
    /* The compact finding arrays of html.payload() as objects. */
    var out = [];
    for (var i = 0; i < data.findings.length; i++) {
      var f = data.findings[i];
      out.push({
        rule: data.rules[f[0]][0], severity: f[1], line: f[2], column: f[3], end_line: f[4],
        end_column: f[5], message: data.messages[f[6]], excerpt: f[7], location: f[8], fix: f[9],
        places: f[10]
      });
    }
    return out;
  }

  function positions(text) {
    /* Line starts and a code point → UTF-16 index map: columns count
       characters (code points), as zhidang does, and lines split at \n only. */
    var starts = [0], i;
    if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
      for (i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) { starts.push(i + 1); }
      return { starts: starts, length: text.length, unit: function (cp) { return cp; } };
    }
    var map = [], cp = 0;
    for (i = 0; i < text.length; i++, cp++) {
      map.push(i);
      var c = text.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.length) {
        var d = text.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) { i++; }
      } else if (c === 10) {
        starts.push(cp + 1);
      }
    }
    map.push(text.length);
    return { starts: starts, length: cp, unit: function (x) { return map[x]; } };
  }

  function spans(text, findings) {
    /* [start, end, finding] in UTF-16 offsets, every place of a grouped finding. */
    var pos = positions(text), out = [];
    function offset(line, column) {
      if (line < 1 || line > pos.starts.length) { return null; }
      return Math.min(pos.starts[line - 1] + column - 1, pos.length);
    }
    for (var i = 0; i < findings.length; i++) {
      var f = findings[i];
      if (f.line === null) { continue; }
      var places = f.places || [[f.line, f.column, f.end_line, f.end_column]];
      for (var k = 0; k < places.length; k++) {
        var p = places[k];
        var start = offset(p[0], p[1] || 1);
        var end = offset(p[2] || p[0], p[3] || p[1] || 1);
        if (start === null) { continue; }
        if (end === null || end < start) { end = start; }
        out.push([pos.unit(start), pos.unit(end), i]);
      }
    }
    return out;
  }

  function markOf(findings, list, shown, point) {
    var strongest = 0, pairs = [], tips = [];
    for (var i = 0; i < list.length; i++) {
      var f = findings[list[i]];
      if (f.severity > strongest) { strongest = f.severity; }
      pairs.push(f.rule + ":" + SEVERITIES[f.severity]);
      tips.push(SEV_TITLE[f.severity] + " " + f.rule + "：" + f.message);
    }
    return h("mark", { "class": SEVERITIES[strongest] + (point ? " pt" : ""), "data-rs": pairs.join(" "),
                       title: tips.join("\n") }, shown);
  }

  function textView(prefix, text, findings) {
    /* The text, one element per line, each finding's characters in <mark>
       (overlaps cut into pieces that carry every finding they belong to). */
    var list = spans(text, findings);
    var begins = {}, ends = {}, points = {}, cuts = [0, text.length], i;
    function push(map, key, value) { (map[key] || (map[key] = [])).push(value); }
    for (i = 0; i < list.length; i++) {
      var s = list[i];
      if (s[0] === s[1]) { push(points, s[0], s[2]); cuts.push(s[0]); continue; }
      push(begins, s[0], s[2]);
      push(ends, s[1], s[2]);
      cuts.push(s[0], s[1]);
    }
    for (i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) { cuts.push(i, i + 1); }
    var ordered = typeof Float64Array !== "undefined" ? new Float64Array(cuts).sort()
                                                         : cuts.sort(function (a, b) { return a - b; });
    var sorted = [];
    for (i = 0; i < ordered.length; i++) { if (!i || ordered[i] !== ordered[i - 1]) { sorted.push(ordered[i]); } }
    var container = h("div", { "class": "text" });
    var number = 1;
    var line = h("div", { "class": "l", id: prefix + "L1", "data-n": "1" });
    var active = [], anchored = {};
    for (i = 0; i < sorted.length; i++) {
      var a = sorted[i];
      var k, gone = ends[a], starting = begins[a], here = points[a];
      if (gone) { for (k = 0; k < gone.length; k++) { active.splice(active.indexOf(gone[k]), 1); } }
      var opening = (starting || []).concat(here || []);
      for (k = 0; k < opening.length; k++) {
        if (!anchored[opening[k]]) {
          anchored[opening[k]] = true;
          line.appendChild(h("a", { "class": "anchor", id: prefix + "f" + opening[k] }));
        }
      }
      if (here) { for (k = 0; k < here.length; k++) { line.appendChild(markOf(findings, [here[k]], "", true)); } }
      if (starting) { active = active.concat(starting); }
      var b = i + 1 < sorted.length ? sorted[i + 1] : null;
      if (b === null) { break; }
      var piece = text.slice(a, b);
      if (piece === "\n") {
        container.appendChild(line);
        number += 1;
        line = h("div", { "class": "l", id: prefix + "L" + number, "data-n": String(number) });
        continue;
      }
      var shown = piece.replace(/\r/g, "");
      if (!shown) { continue; }
      if (active.length) { line.appendChild(markOf(findings, active, shown, false)); }
      else { line.appendChild(document.createTextNode(shown)); }
    }
    container.appendChild(line);
    return container;
  }

  function checklistView(prefix, checklist) {
    var items = [];
    for (var i = 0; i < checklist.length; i++) {
      var c = checklist[i], status = c[2];
      items.push(h("li", { "class": status, "data-el": c[0] }, [
        h("span", { "class": "mark" }, MARK[status]), " " + c[1],
        status === "present" ? null : [" ", h("span", { "class": "word" }, WORD[status])],
        c[3] === null ? null : [" ", h("a", { href: "#" + prefix + "L" + c[3] }, "第" + c[3] + "行")]
      ]));
    }
    return h("ul", { "class": "checklist" }, items);
  }

  function outlineView(prefix, data) {
    var out = [], outline = data.outline, i;
    if (!data.parsed) { out.push(h("p", { "class": "note warn" }, "未能按标题层级解析本报告，各行均按段落处理。")); }
    var headings = 0;
    for (i = 0; i < outline.length; i++) { if (outline[i][0] === "heading") { headings++; } }
    if (!headings) { out.push(h("p", { "class": "note warn" }, "没有识别出任何标题（一、（一）1.（1）或 #）。")); }
    var matched = {};
    for (i = 0; i < data.checklist.length; i++) {
      var c = data.checklist[i];
      if (c[3] !== null) { (matched[c[3]] || (matched[c[3]] = [])).push(c[1]); }
    }
    function tags(line) {
      var list = matched[line] || [], nodes = [];
      for (var t = 0; t < list.length; t++) { nodes.push(h("span", { "class": "tag" }, list[t])); }
      return nodes;
    }
    var seen = {}, previous = {}, entries = [];
    for (i = 0; i < outline.length; i++) {
      /* [kind, level, marker, number, parent, index, title, line] */
      var n = outline[i], line = n[7], cls, label, gap = null;
      seen[line] = true;
      if (n[0] === "heading") {
        var key = n[4] + "/" + n[1], before = previous[key];
        if (n[3] !== null && before && before[3] !== null && n[3] !== before[3] + 1) {
          gap = [" ", h("span", { "class": "gap" }, "编号不连续（上一个是 " + before[2].trim() + "）")];
        }
        previous[key] = n;
        label = [h("span", { "class": "marker" }, n[2].trim()), n[6]];
        cls = "lv" + Math.min(Math.max(n[1], 1), 6);
      } else {
        label = [h("span", { "class": "marker" }, "标题"), n[6]];
        cls = "lv0";
      }
      entries.push([line, h("li", { "class": cls }, [h("a", { href: "#" + prefix + "L" + line }, String(line)), " ",
                                                    label, tags(line), gap])]);
    }
    for (var lineKey in matched) {
      if (matched.hasOwnProperty(lineKey) && !seen[lineKey]) { /* found by a paragraph's opening */
        var number = Number(lineKey);
        entries.push([number, h("li", { "class": "para" }, [h("a", { href: "#" + prefix + "L" + number }, lineKey), " ",
                                                            h("span", { "class": "marker" }, "段落"), tags(number)])]);
      }
    }
    entries.sort(function (x, y) { return x[0] - y[0]; });
    var items = [];
    for (i = 0; i < entries.length; i++) { items.push(entries[i][1]); }
    out.push(h("ol", { "class": "outline" }, items));
    return out;
  }

  function findingsView(prefix, findings) {
    if (!findings.length) { return h("p", { "class": "note" }, "没有发现问题。"); }
    var items = [];
    for (var i = 0; i < findings.length; i++) {
      var f = findings[i], where;
      if (f.line !== null) {
        where = [h("a", { href: "#" + prefix + "f" + i }, "第" + f.line + "行第" + f.column + "列"),
                 f.location ? [" ", h("span", { "class": "loc" }, f.location)] : null];
      } else {
        where = h("span", { "class": "loc" }, "全文");
      }
      var excerpt = f.excerpt.length > EXCERPT_MAX ? f.excerpt.slice(0, EXCERPT_MAX) + "…" : f.excerpt;
      var extra = [];
      if (f.places && f.places.length > 1) {
        var links = [];
        for (var k = 0; k < f.places.length && k < PLACES_SHOWN; k++) {
          links.push(" ", h("a", { href: "#" + prefix + "L" + f.places[k][0] }, "第" + f.places[k][0] + "行"));
        }
        if (f.places.length > PLACES_SHOWN) { links.push(" …"); }
        extra.push(h("div", { "class": "places" }, ["共 " + f.places.length + " 处：", links]));
      }
      if (f.fix && f.fix[0] !== f.excerpt) {
        extra.push(h("div", { "class": "fix" }, ["建议改为：", h("q", null, f.fix[0])]));
      }
      items.push(h("li", { "class": SEVERITIES[f.severity], "data-rs": f.rule + ":" + SEVERITIES[f.severity] }, [
        where, " ", h("span", { "class": "sev" }, SEV_TITLE[f.severity]), " ", h("code", null, f.rule),
        h("div", { "class": "msg" }, [f.message, excerpt.replace(/\s/g, "") ? [" ", h("q", null, excerpt)] : null]),
        extra
      ]));
    }
    return h("ol", { "class": "findings" }, items);
  }

  function reportView(n, data, links, prefix) {
    /* links: {back, prev, next} hrefs (or null); prefix: for element ids. */
    var head = h("header", null, [
      h("h2", null, [h("span", { "class": "idx" }, String(n)), " " + baseName(data.path)]),
      h("p", { "class": "path" }, data.path)
    ]);
    var section = h("section", { "class": "report", id: prefix + "report", "data-path": data.path, "data-n": String(n) });
    var pager = h("p", { "class": "pager noprint" }, [
      links.back ? h("a", { href: links.back, "class": "back" }, "返回汇总表") : null,
      links.prev ? h("a", { href: links.prev, "class": "prev", rel: "prev" }, "上一份") : null,
      links.next ? h("a", { href: links.next, "class": "next", rel: "next" }, "下一份") : null
    ]);
    if (data.error !== undefined) {
      section.className += " unreadable";
      add(section, [head, pager, h("p", { "class": "row-error" }, "无法检查：" + data.error)]);
      return section;
    }
    var findings = expand(data);
    var counts = [0, 0, 0], placeholders = 0, i;
    for (i = 0; i < findings.length; i++) {
      counts[findings[i].severity]++;
      if (findings[i].rule.indexOf("placeholder") >= 0) { placeholders++; }
    }
    var print = h("button", { type: "button", "class": "print-one" }, "打印本报告");
    print.addEventListener("click", function () { window.print(); });
    add(pager, print);
    add(head, [h("p", { "class": "stats" }, [badges(counts), h("span", { "class": "badge placeholder" }, "占位符 " + placeholders)]),
               pager]);
    var side = [h("h3", null, "检查清单"), checklistView(prefix, data.checklist)];
    if (data.text !== null) {
      side.push(h("h3", null, ["文档结构 ", h("small", null, "zhidang 识别出的标题")]), outlineView(prefix, data));
    }
    side.push(h("h3", null, "问题（" + findings.length + "）"), findingsView(prefix, findings));
    var doc = h("div", { "class": "doc" }, [h("h3", null, ["报告原文 ", h("small", null, "（标出问题，悬停查看说明）")]),
      data.text !== null ? textView(prefix, data.text, findings) : h("p", { "class": "note" }, "（未保留报告原文）")]);
    add(section, [head, h("div", { "class": "body" }, [doc, h("aside", { "class": "side" }, side)])]);
    return section;
  }

  function showLines(prefix, spec) {
    /* l=8-10: those lines of the report marked, the first scrolled to. */
    var m = /^(\d+)(?:-(\d+))?$/.exec(spec || "");
    if (!m) { return; }
    var first = Number(m[1]), last = Math.min(Number(m[2] || m[1]), first + 500), found = null;
    for (var n = first; n <= last; n++) {
      var line = $(prefix + "L" + n);
      if (line) { line.classList.add("hit"); found = found || line; }
    }
    if (found) { found.scrollIntoView({ block: "center" }); }
  }

  function filterReport(root) {
    var marks = root.querySelectorAll("mark[data-rs]"), items = root.querySelectorAll("li[data-rs]"), i;
    function visible(pairs) {
      var list = pairs.split(" ");
      for (var k = 0; k < list.length; k++) {
        var cut = list[k].lastIndexOf(":");
        if (inView(list[k].slice(0, cut), SEVERITIES.indexOf(list[k].slice(cut + 1)))) { return true; }
      }
      return false;
    }
    for (i = 0; i < marks.length; i++) {
      if (visible(marks[i].getAttribute("data-rs"))) { marks[i].classList.remove("off"); }
      else { marks[i].classList.add("off"); }
    }
    for (i = 0; i < items.length; i++) { items[i].hidden = !visible(items[i].getAttribute("data-rs")); }
  }

  function reportRules(data) {
    var counts = {}, order = [], i;
    for (i = 0; i < data.findings.length; i++) {
      var id = data.rules[data.findings[i][0]][0];
      if (!counts[id]) { counts[id] = 0; order.push(id); }
      counts[id]++;
    }
    var out = [];
    for (i = 0; i < data.rules.length; i++) {
      if (counts[data.rules[i][0]]) { out.push([data.rules[i][0], data.rules[i][1], counts[data.rules[i][0]]]); }
    }
    return out;
  }

  /* ------------------------------------------------------------------ a page of the report folder */

  function chunkPage(info) {
    var main = h("main", { id: "view" });
    var nav = h("div", { id: "nav" });
    add(document.body, [nav, main]);
    function show() {
      var n = state.r || info.first;
      var data = readJSON("zd-r" + n);
      var summary = "../" + encodeURIComponent(info.summary.slice(3));
      var back = summary + hashOf({ r: 0, at: n });
      nav.textContent = "";
      main.textContent = "";
      if (!data) {
        add(main, h("p", { "class": "note" }, ["本页没有第 " + n + " 份报告。", h("a", { href: back }, "返回汇总表")]));
        return;
      }
      function link(m) {
        if (m < 1 || m > info.total) { return null; }
        if (m >= info.first && m <= info.last) { return hashOf({ r: m, at: 0 }); }
        return pad(info.page + (m < info.first ? -1 : 1)) + ".html" + hashOf({ r: m, at: 0 });
      }
      document.title = n + " " + baseName(data.path) + " · " + info.title;
      var view = reportView(n, data, { back: back, prev: link(n - 1), next: link(n + 1) }, "");
      add(nav, filterBar(data.error === undefined ? reportRules(data) : [], [h("a", { href: back }, "汇总表")]));
      add(main, view);
      filterHooks = [function () { filterReport(view); }];
      applyFilters();
      window.scrollTo(0, 0);
      showLines("", state.l);
    }
    readHash();
    show();
    window.addEventListener("hashchange", function () {
      var r = state.r;
      if (readHash()) { if (state.r !== r) { show(); } else { showLines("", state.l); } }
    });
  }

  /* ------------------------------------------------------------------ the summary */

  function summaryPage(data) {
    var rows = data.rows, elements = data.elements, pairs = data.pairs;
    var single = data.layout === "single";
    var folder = encodeURIComponent(data.folder);
    var total = rows.length;
    var collator = typeof Intl !== "undefined" && Intl.Collator ? new Intl.Collator("zh-CN") : null;
    readHash();

    var meta = ["规则库：" + data.rulebook[1] + "（" + data.rulebook[0] + "）", "共 " + total + " 份报告"];
    if (data.generated) { meta.push("生成时间：" + data.generated); }
    var header = h("header", { "class": "top", id: "top" }, [
      h("h1", null, data.title), h("p", { "class": "meta" }, meta.join(" · ")),
      h("p", { "class": "stats" }, [badges(data.totals),
        data.unreadable ? h("span", { "class": "badge unreadable" }, "无法检查 " + data.unreadable + " 份") : null])
    ]);

    /* columns: [key, title, value(row index) for sorting] */
    var columns = [["n", "序号", function (r) { return r[0]; }],
                   ["name", "报告", null]];
    elements.forEach(function (e, k) {
      columns.push(["el:" + e[0], e[1], function (r) { return r[7] !== null ? -2 : RANK[STATUS[r[2].charAt(k)]]; }]);
    });
    columns.push(["e", "错误", function (r) { return r[7] !== null ? -1 : r[4][2]; }],
                 ["w", "警告", function (r) { return r[7] !== null ? -1 : r[4][1]; }],
                 ["p", "占位符", function (r) { return r[7] !== null ? -1 : r[5]; }],
                 ["sel", "所选问题", function (r) { return selected[r[0] - 1]; }]);
    var selected = new Array(total);

    var headRow = h("tr");
    var heads = {};
    columns.forEach(function (c) {
      var kind = c[0].indexOf("el:") === 0 ? "el" : c[0] === "sel" ? "count sel" : c[0] === "name" || c[0] === "n" ? null : "count";
      var th = h("th", { scope: "col", "data-key": c[0], "class": kind }, h("button", { type: "button" }, c[1]));
      if (c[0].indexOf("el:") === 0) { th.setAttribute("data-el", c[0].slice(3)); }
      th.firstChild.addEventListener("click", function () {
        var dir = state.sort === c[0] && state.dir === 1 ? -1 : 1;
        remember({ sort: c[0], dir: dir, pg: 0, at: 0 });
        redraw();
      });
      heads[c[0]] = th;
      headRow.appendChild(th);
    });

    function href(n, row) {
      var hash = "#r=" + n;
      return row[8] === 0 ? hash : folder + "/" + pad(row[8]) + ".html" + hash;
    }
    var trs = new Array(total), selCells = new Array(total);
    function rowOf(i) { /* built when first shown */
      if (trs[i]) { return trs[i]; }
      var r = rows[i], n = r[0], name = baseName(r[1]);
      var cells = [h("td", { "class": "num" }, String(n))];
      var nameCell = h("th", { scope: "row", "class": "name" }, h("a", { href: href(n, r), title: r[1] }, name));
      cells.push(nameCell);
      if (r[7] !== null) {
        nameCell.appendChild(h("div", { "class": "row-error" }, "无法检查：" + r[7]));
        for (var e = 0; e < elements.length; e++) { cells.push(h("td", { "class": "st none", "data-el": elements[e][0] }, "—")); }
        cells.push(h("td", { "class": "count", "data-count": "errors" }, "—"), h("td", { "class": "count", "data-count": "warnings" }, "—"),
                   h("td", { "class": "count", "data-count": "placeholders" }, "—"));
      } else {
        for (var k = 0; k < elements.length; k++) {
          var status = STATUS[r[2].charAt(k)] || "none";
          var where = r[3][k] ? "，第" + r[3][k] + "行" : "";
          cells.push(h("td", { "class": "st " + status, "data-el": elements[k][0], "data-status": status,
                               title: status === "none" ? null : elements[k][1] + "：" + WORD[status] + where }, MARK[status]));
        }
        [["errors", r[4][2]], ["warnings", r[4][1]], ["placeholders", r[5]]].forEach(function (c) {
          cells.push(h("td", { "class": "count" + (c[1] ? "" : " zero"), "data-count": c[0] }, String(c[1])));
        });
      }
      selCells[i] = h("td", { "class": "count sel", "data-count": "selected" });
      cells.push(selCells[i]);
      trs[i] = h("tr", { "data-n": String(n), "data-path": r[1], "class": r[7] !== null ? "unreadable" : null }, cells);
      return trs[i];
    }
    var table = h("table", { "class": "matrix", id: "matrix" }, [h("thead", null, headRow), h("tbody")]);
    table.addEventListener("click", function (event) {
      var row = up(event.target, "TR");
      if (!row || !row.parentNode || row.parentNode.tagName !== "TBODY") { return; }
      var a = up(event.target, "A");
      if (a && (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0)) { return; }
      event.preventDefault();
      openReport(Number(row.getAttribute("data-n")));
    });
    var shownNote = h("p", { "class": "shown" });
    var search = h("input", { type: "search", id: "find", placeholder: "文件名中的文字", size: "24" });
    search.value = state.q;
    var searching = null;
    search.addEventListener("input", function () {
      clearTimeout(searching);
      searching = setTimeout(function () { remember({ q: search.value, pg: 0, at: 0 }); redraw(); }, 200);
    });
    var pager = h("p", { "class": "pager noprint", id: "pages" });
    var summary = h("section", { id: "summary" }, [
      h("h2", null, "汇总表"),
      h("p", { "class": "legend" }, "✔ 有　✗ 缺失　△ 内容过少　— 无法检查。点击列标题排序，点击一行查看该报告。"),
      h("p", { "class": "find noprint" }, [h("label", { "for": "find" }, "查找报告："), search]),
      shownNote, pager, h("div", { "class": "matrix-wrap" }, table)
    ]);

    var printButton = h("button", { type: "button", id: "print" }, single ? "打印全部" : "打印汇总表");
    printButton.addEventListener("click", function () { single ? printAll() : window.print(); });
    var viewLinks = [h("a", { href: "#", id: "to-summary" }, "汇总表")];
    var views = data.views || {};
    for (var id in views) {
      if (views.hasOwnProperty(id) && VIEWS[id]) {
        viewLinks.push(h("a", { href: "#view=" + encodeURIComponent(id), "data-view": id }, views[id].title || id));
      }
    }
    viewLinks[0].addEventListener("click", function (event) { event.preventDefault(); location.hash = hashOf({ r: 0, view: "", at: state.r || 0 }); });
    var nav = filterBar(data.rules, [viewLinks, printButton]);
    var reportBox = h("section", { id: "report-view", hidden: "hidden" });
    var viewBox = h("section", { id: "extra-view", hidden: "hidden" });
    var main = h("main", { id: "view" }, [summary, reportBox, viewBox]);
    var footer = h("footer", null, "由 zhidang " + data.version + " 生成 · 规则库 " + data.rulebook[0]);
    add(document.body, [header, nav, main, footer]);

    var order = [];
    function redraw() {
      var active = filtering(), i, k, query = state.q.toLowerCase();
      order = [];
      for (i = 0; i < total; i++) {
        var r = rows[i], count = 0;
        if (active) {
          for (k = 0; k < r[6].length; k += 2) {
            var pair = pairs[r[6][k]];
            if (inView(pair[0], pair[1])) { count += r[6][k + 1]; }
          }
        }
        selected[i] = count;
        if ((!active || count > 0) && (!query || r[1].toLowerCase().indexOf(query) >= 0)) { order.push(i); }
      }
      table.className = "matrix" + (active ? " filtered" : "");
      var column = null;
      for (k = 0; k < columns.length; k++) { if (columns[k][0] === state.sort) { column = columns[k]; } }
      if (column && (column[0] !== "sel" || active)) {
        var dir = state.dir;
        if (column[0] === "name") {
          order.sort(function (a, b) {
            var x = baseName(rows[a][1]), y = baseName(rows[b][1]);
            var c = collator ? collator.compare(x, y) : (x < y ? -1 : x > y ? 1 : 0);
            return c * dir || a - b;
          });
        } else {
          var value = column[2];
          order.sort(function (a, b) { return (value(rows[a]) - value(rows[b])) * dir || a - b; });
        }
      }
      for (var key in heads) {
        if (heads.hasOwnProperty(key)) {
          if (column && key === column[0]) { heads[key].setAttribute("aria-sort", state.dir === 1 ? "ascending" : "descending"); }
          else { heads[key].removeAttribute("aria-sort"); }
        }
      }
      if (state.at) { /* back from a report: the page that shows it */
        for (i = 0; i < order.length; i++) { if (order[i] === state.at - 1) { state.pg = Math.floor(i / PAGE_ROWS); } }
      }
      showPage(active || query ? "符合条件的报告：" + order.length + " / " + total + " 份" +
                                 (active ? "（“所选问题”列为其中符合筛选条件的问题数）" : "") + "。" : "");
    }
    function showPage(note) {
      var pages = Math.max(1, Math.ceil(order.length / PAGE_ROWS));
      var pg = Math.min(Math.max(state.pg || 0, 0), pages - 1);
      state.pg = pg;
      var body = h("tbody");
      for (var i = pg * PAGE_ROWS; i < order.length && i < (pg + 1) * PAGE_ROWS; i++) {
        var row = rowOf(order[i]);
        selCells[order[i]].textContent = String(selected[order[i]]);
        body.appendChild(row);
      }
      table.replaceChild(body, table.tBodies[0]);
      shownNote.textContent = note;
      pager.textContent = "";
      if (pages > 1) {
        var first = pg * PAGE_ROWS + 1, last = Math.min(order.length, (pg + 1) * PAGE_ROWS);
        function go(to) {
          var button = h("button", { type: "button", "data-page": String(to + 1) }, to < pg ? "上一页" : "下一页");
          button.disabled = to < 0 || to >= pages;
          button.addEventListener("click", function () { remember({ pg: to, at: 0 }); showPage(note); window.scrollTo(0, 0); });
          return button;
        }
        var select = h("select", { "aria-label": "页码" });
        for (var p = 0; p < pages; p++) {
          select.appendChild(h("option", { value: String(p) }, "第 " + (p + 1) + " 页"));
        }
        select.value = String(pg);
        select.addEventListener("change", function () { remember({ pg: Number(select.value), at: 0 }); showPage(note); });
        add(pager, [go(pg - 1), " ", select, " / 共 " + pages + " 页（每页 " + PAGE_ROWS + " 份；本页第 " + first + "–" + last + " 份）",
                    " ", go(pg + 1)]);
      }
    }
    filterHooks = [redraw, function () { filterReport(reportBox); }];

    function openReport(n) {
      var row = rows[n - 1];
      if (!row) { return; }
      if (row[8] === 0) { location.hash = hashOf({ r: n, at: 0, view: "" }); return; }
      location.href = folder + "/" + pad(row[8]) + ".html" + hashOf({ r: n, at: 0, view: "" });
    }

    var scrollY = 0;
    function route() {
      if (state.r && single && $("zd-r" + state.r)) {
        if (reportBox.hidden) { scrollY = window.pageYOffset; }
        var n = state.r, shown = readJSON("zd-r" + n); /* (not "data": the summary's, which views need) */
        function link(m) { return m >= 1 && m <= total ? hashOf({ r: m, at: 0 }) : null; }
        reportBox.textContent = "";
        reportBox.appendChild(reportView(n, shown, { back: hashOf({ r: 0, at: n }), prev: link(n - 1), next: link(n + 1) }, ""));
        summary.hidden = true; viewBox.hidden = true; reportBox.hidden = false;
        document.body.classList.add("showing-report");
        filterReport(reportBox);
        window.scrollTo(0, 0);
        showLines("", state.l);
        return;
      }
      reportBox.textContent = "";
      reportBox.hidden = true;
      document.body.classList.remove("showing-report");
      if (state.view && VIEWS[state.view] && views[state.view]) {
        viewBox.textContent = "";
        VIEWS[state.view](viewBox, views[state.view], data, LIB);
        summary.hidden = true; viewBox.hidden = false;
        return;
      }
      viewBox.hidden = true;
      summary.hidden = false;
      redraw();
      if (state.at && trs[state.at - 1] && trs[state.at - 1].parentNode) {
        var tr = trs[state.at - 1];
        tr.classList.add("seen");
        tr.scrollIntoView({ block: "center" });
      } else if (scrollY) {
        window.scrollTo(0, scrollY);
      }
    }

    function printAll() {
      var box = h("div", { id: "print-all" });
      for (var i = 0; i < total; i++) {
        var report = readJSON("zd-r" + rows[i][0]);
        if (report) { box.appendChild(reportView(rows[i][0], report, {}, "p" + rows[i][0] + "-")); }
      }
      document.body.appendChild(box);
      document.body.classList.add("printing-all");
      filterReport(box);
      window.print();
    }
    window.addEventListener("afterprint", function () {
      var box = $("print-all");
      if (box) { box.parentNode.removeChild(box); }
      document.body.classList.remove("printing-all");
    });

    route();
    window.addEventListener("hashchange", function () { if (readHash()) { syncFilters(); route(); } });
  }

  /* What a view's own script may use of this one. */
  var LIB = { h: h, add: add, $: $, baseName: baseName, pad: pad, hashOf: hashOf, remember: remember,
              state: function () { return state; } };

  /* ------------------------------------------------------------------ start */

  var info = readJSON("zd-page");
  if (info && info.kind === "summary") { summaryPage(info); }
  else if (info && info.kind === "chunk") { chunkPage(info); }
})();
