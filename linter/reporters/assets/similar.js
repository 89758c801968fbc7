(function () {
  "use strict";
  /* The “相似段落” view of zhidang's summary page (html.similarity_view writes
     its data). Written only on a summary page that has the view, before
     report.js, whose helpers it gets as "lib"; like report.js it builds the
     DOM with createElement/textContent/setAttribute only. */
  var views = window.zdViews || (window.zdViews = {});

  views.similar = function (box, data, summary, lib) {
    var h = lib.h, add = lib.add, baseName = lib.baseName, pad = lib.pad, hashOf = lib.hashOf, remember = lib.remember;
    /* data: html.similarity_view(). Every report is named by its summary row
       number and file name and linked to its page at the passage's lines. */
    var reports = data.reports, rows = summary.rows, single = summary.layout === "single";
    var folder = encodeURIComponent(summary.folder);
    function percent(x) { return Math.round(x * 100) + "%"; }
    function label(i) {
      var r = reports[i];
      return (r[0] ? r[0] + " " : "") + baseName(r[1]);
    }
    function reportLink(i, line, end, text) {
      var r = reports[i], row = r[0] ? rows[r[0] - 1] : null;
      var title = r[1] + (r[2] ? "（" + r[2] + "）" : "");
      if (!row) { return h("span", { title: title }, text || label(i)); }
      var hash = hashOf({ r: r[0], at: 0, view: "", sp: 0, l: line ? line + (end && end !== line ? "-" + end : "") : "" });
      return h("a", { href: (row[8] === 0 || single ? "" : folder + "/" + pad(row[8]) + ".html") + hash,
                      title: title, "class": "rep" }, text || label(i));
    }
    function lines(line, end) { return "第" + line + (end && end !== line ? "–" + end : "") + "行"; }
    function cutNote(shown, total, what) {
      return shown < total ? h("p", { "class": "note warn cut" }, "仅显示前 " + shown + " " + what + "（共 " + total + "）。") : null;
    }
    var sides = data.sides || [];
    function sideOf(a, b) {
      for (var k = 0; k < sides.length; k++) {
        if (sides[k].a === a && sides[k].b === b || sides[k].a === b && sides[k].b === a) { return k; }
      }
      return -1;
    }
    function compareButton(k) {
      if (k < 0) { return null; }
      var button = h("button", { type: "button", "class": "compare", "data-side": String(k) }, "并排对照");
      button.addEventListener("click", function () { showSide(k); sideBox.scrollIntoView({ block: "start" }); });
      return button;
    }

    var parts = [h("h2", null, "相似段落"),
      h("p", { "class": "legend" }, "各报告之间相同或仅改了单位名称、人名、数字的段落，以及与往年报告重复的内容。" +
        "点击报告名称转到该报告的相应行。" + (data.frequency_filter ? "各报告普遍使用的规范表述已按出现频率排除。" :
        "本批报告较少，无法按出现频率排除规范表述，其中可能有各单位通用的表述。"))];
    var toc = h("p", { "class": "sim-toc noprint" });
    parts.push(toc);

    /* last year's */
    var archiveBox = null;
    if (data.archive.length) {
      var body = h("tbody");
      data.archive.forEach(function (e) {
        var repeated = [];
        e[4].forEach(function (p) { if (p[1] > 0) { repeated.push("“" + p[0] + "”重复 " + percent(p[1])); } });
        var k = sideOf(e[0], -1);
        body.appendChild(h("tr", { "data-report": String(e[0]) }, [
          h("th", { scope: "row", "class": "name" }, reportLink(e[0])),
          h("td", { "class": "name", title: e[1] }, baseName(e[1])),
          h("td", { "class": "share" + (e[3] >= 0.3 ? " high" : "") }, "与" + (e[2] || "往") + "年报告重复 " + percent(e[3])),
          h("td", { "class": "parts" + (repeated.length ? " high" : "") }, repeated.join("，") || "—"),
          h("td", null, compareButton(k))
        ]));
      });
      archiveBox = h("section", { id: "sim-archive" }, [h("h3", null, "与往年报告比较"),
        h("table", { "class": "matrix sim-list" }, [h("thead", null, h("tr", null, [
          h("th", { scope: "col" }, "报告"), h("th", { scope: "col" }, "往年报告"), h("th", { scope: "col" }, "重复比例"),
          h("th", { scope: "col" }, "重复的部分"), h("th", { scope: "col" }, "")])), body]),
        cutNote(data.archive.length, data.total_archive, "份报告")]);
    }

    /* the passages */
    var list = h("ol", { "class": "passages" });
    data.passages.forEach(function (p) {
      var places = p[2], items = [];
      places.forEach(function (q) {
        var excerpt = q[5].replace(/\s+/g, " ");
        items.push(h("li", { "data-report": String(q[0]) }, [reportLink(q[0], q[1], q[3]), " ",
          reportLink(q[0], q[1], q[3], lines(q[1], q[3])), q[6] ? [" ", h("span", { "class": "loc" }, q[6])] : null,
          h("div", { "class": "excerpt", title: q[5] }, excerpt.length > 90 ? excerpt.slice(0, 90) + "…" : excerpt)]));
      });
      var reportsIn = {}, count = 0;
      places.forEach(function (q) { if (!reportsIn[q[0]]) { reportsIn[q[0]] = true; count++; } });
      list.appendChild(h("li", { "class": "passage", "data-passage": String(p[0]) }, [
        h("div", { "class": "head" }, [h("span", { "class": "idx" }, String(p[0])), " " + p[1] + " 字 · " + count + " 份报告", " ",
          places.length > 1 ? compareButton(sideOf(places[0][0], places[1][0])) : null]),
        h("ol", { "class": "places" }, items),
        p[3] > places.length ? h("p", { "class": "note" }, "另有 " + (p[3] - places.length) + " 处未列出。") : null
      ]));
    });
    var passageBox = h("section", { id: "sim-passages" }, [h("h3", null, "相同段落（" + data.total_passages + " 段）"),
      data.passages.length ? list : h("p", { "class": "note" }, "没有发现报告之间相同的段落。"),
      cutNote(data.passages.length, data.total_passages, "段（出现在最多报告中的在前）")]);

    /* side by side */
    var sideBox = h("section", { id: "sim-side" });
    var select = h("select", { id: "sim-pair", "aria-label": "选择对照的两份报告" });
    sides.forEach(function (s, k) {
      var text = label(s.a) + " ↔ " + (s.b < 0 ? (s.year || "往") + "年报告 " + baseName(s.path) : label(s.b));
      select.appendChild(h("option", { value: String(k) }, text));
    });
    var sideView = h("div", { "class": "sim-pair" });
    select.addEventListener("change", function () { showSide(Number(select.value)); });
    function sideText(side) {
      var nodes = [];
      side[2].forEach(function (seg) {
        if (seg[1] === 1) { nodes.push(h("mark", { "class": "sim" }, seg[0])); }
        else if (seg[1] === 2) { nodes.push(h("span", { "class": "ctx" }, seg[0])); }
        else { nodes.push(h("span", { "class": "diff" }, seg[0])); }
      });
      return h("div", { "class": "sim-text" }, nodes);
    }
    function showSide(k) {
      var s = sides[k];
      if (!s) { return; }
      select.value = String(k);
      if (lib.state().view === "similar") { remember({ sp: k + 1 }); }
      sideView.textContent = "";
      var right = s.b < 0 ? h("span", { title: s.path }, (s.year || "往") + "年报告 " + baseName(s.path)) : reportLink(s.b);
      var grid = h("div", { "class": "sim-grid" }, [h("div", { "class": "sim-col-head" }, reportLink(s.a)),
                                                   h("div", { "class": "sim-col-head" }, right)]);
      s.blocks.forEach(function (b) {
        grid.appendChild(h("div", { "class": "sim-block" }, [h("div", { "class": "where" }, reportLink(s.a, b[0][0], b[0][1], lines(b[0][0], b[0][1]))), sideText(b[0])]));
        grid.appendChild(h("div", { "class": "sim-block" }, [h("div", { "class": "where" }, s.b < 0 ? lines(b[1][0], b[1][1]) :
          reportLink(s.b, b[1][0], b[1][1], lines(b[1][0], b[1][1]))), sideText(b[1])]));
      });
      add(sideView, [grid, s.blocks.length ? null : h("p", { "class": "note" }, "这两份报告的相同内容未能逐段列出。")]);
    }
    add(sideBox, [h("h3", null, "并排对照"),
      h("p", { "class": "legend" }, [h("mark", { "class": "sim" }, "黄色"), "：两份报告相同的文字；未标出的是改动过的文字（单位、人名、数字等）；灰色是前后文。"]),
      sides.length ? h("p", { "class": "noprint" }, [h("label", { "for": "sim-pair" }, "对照："), select]) : h("p", { "class": "note" }, "没有可以对照的报告。"),
      sideView]);

    /* the matrix and the pairs */
    var matrixBox = h("section", { id: "sim-matrix" }, h("h3", null, "相似度矩阵"));
    var m = data.matrix;
    if (m.reports.length) {
      var cells = {};
      m.cells.forEach(function (c) { cells[c[0] + "/" + c[1]] = c[2]; });
      var head = h("tr", null, h("th", { scope: "col", "class": "corner" }, "本报告 ＼ 与之相同"));
      m.reports.forEach(function (j) { head.appendChild(h("th", { scope: "col", title: reports[j][1] }, String(reports[j][0] || j + 1))); });
      var tbody = h("tbody");
      m.reports.forEach(function (i) {
        var tr = h("tr", null, h("th", { scope: "row", "class": "name" }, reportLink(i)));
        m.reports.forEach(function (j) {
          if (i === j) { tr.appendChild(h("td", { "class": "self" }, "")); return; }
          var share = cells[i + "/" + j];
          if (share === undefined) { tr.appendChild(h("td", { "class": "zero" }, "")); return; }
          var level = share >= 0.5 ? 4 : share >= 0.25 ? 3 : share >= 0.1 ? 2 : 1;
          var k = sideOf(i, j);
          var td = h("td", { "class": "cell s" + level + (k >= 0 ? " link" : ""), "data-from": String(i), "data-to": String(j),
                             title: label(i) + " 中有 " + percent(share) + " 的内容与 " + label(j) + " 相同" }, percent(share));
          if (k >= 0) { td.addEventListener("click", function () { showSide(k); sideBox.scrollIntoView({ block: "start" }); }); }
          tr.appendChild(td);
        });
        tbody.appendChild(tr);
      });
      add(matrixBox, [h("p", { "class": "legend" }, "每行是一份报告：它的内容中与各列报告相同的比例（列标题是汇总表中的序号）。点击格子并排对照。"),
        h("div", { "class": "matrix-wrap" }, h("table", { "class": "matrix sim-matrix" }, [h("thead", null, head), tbody])),
        m.reports.length < m.total ? h("p", { "class": "note warn cut" }, "仅显示相同内容最多的 " + m.reports.length + " 份报告（共 " + m.total + " 份与其他报告有相同段落）。") : null]);
      var pairBody = h("tbody");
      data.pairs.forEach(function (p) {
        pairBody.appendChild(h("tr", null, [h("th", { scope: "row", "class": "name" }, reportLink(p[0])), h("td", null, percent(p[2])),
          h("th", { scope: "row", "class": "name" }, reportLink(p[1])), h("td", null, percent(p[3])), h("td", null, compareButton(sideOf(p[0], p[1])))]));
      });
      add(matrixBox, [h("h3", null, "相同内容最多的报告对"),
        h("table", { "class": "matrix sim-list sim-pairs" }, [h("thead", null, h("tr", null, [h("th", { scope: "col" }, "报告甲"),
          h("th", { scope: "col" }, "甲中相同"), h("th", { scope: "col" }, "报告乙"), h("th", { scope: "col" }, "乙中相同"), h("th", { scope: "col" }, "")])), pairBody]),
        cutNote(data.pairs.length, data.total_pairs, "对")]);
    } else {
      matrixBox.appendChild(h("p", { "class": "note" }, "本批报告之间没有相同的内容。"));
    }

    var sections = [[archiveBox, "与往年报告比较"], [passageBox, "相同段落"], [sideBox, "并排对照"], [matrixBox, "相似度矩阵"]];
    sections.forEach(function (x) {
      if (!x[0]) { return; }
      var a = h("a", { href: "#" }, x[1]);
      a.addEventListener("click", function (event) { event.preventDefault(); x[0].scrollIntoView({ block: "start" }); });
      add(toc, [a, " "]);
      parts.push(x[0]);
    });
    add(box, h("div", { "class": "similar" }, parts));
    if (sides.length) { showSide(lib.state().sp > 0 && lib.state().sp <= sides.length ? lib.state().sp - 1 : 0); }
  };

})();
