extension HTMLPage {
    /// The page's inline script (vanilla JavaScript, no library): `sortTable` sorts a table by the clicked column,
    /// `search` filters the guest tables, marks the matching names and diagram circles and opens the panel with the
    /// matching people's ranks, companions and captions. Clicking any name (or circle) searches for that person;
    /// `/` focuses the search box, Escape clears it; `index.html#q=Name` opens with a search.
    static let script = #"""
        (function () {
          "use strict";
          var data = JSON.parse(document.getElementById("costar-data").textContent);
          var input = document.getElementById("search");
          var panel = document.getElementById("panel");
          var panelTitle = document.getElementById("panel-title");
          var panelBody = document.getElementById("panel-body");
          var names = Object.keys(data.people);
          var folded = {};
          names.forEach(function (n) { folded[n] = fold(n); });

          function fold(text) {
            return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
          }

          function el(tag, className, text) {
            var node = document.createElement(tag);
            if (className) node.className = className;
            if (text !== undefined && text !== null) node.textContent = text;
            return node;
          }

          function colour(community) {
            var last = data.colours.length - 1;
            return community >= 0 && community < last ? data.colours[community] : data.colours[last];
          }

          function personButton(name) {
            var b = el("button", "person", name);
            b.type = "button";
            return b;
          }

          /* Sorting: click a column heading; numbers sort largest first on the first click (ranks smallest first). */
          function sortTable(table, th) {
            var heads = Array.prototype.slice.call(th.parentElement.children);
            var col = heads.indexOf(th);
            var numeric = th.getAttribute("data-type") === "num";
            var current = th.getAttribute("aria-sort");
            var dir = current === "ascending" ? "descending"
              : current === "descending" ? "ascending"
              : th.getAttribute("data-first") || (numeric ? "descending" : "ascending");
            heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", dir);
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            var keyed = rows.map(function (row, i) {
              var cell = row.cells[col];
              var key = numeric ? parseFloat(cell.getAttribute("data-v")) : fold(cell.textContent.trim());
              if (numeric && isNaN(key)) key = -Infinity;
              return { row: row, key: key, i: Number(row.getAttribute("data-i") || i) };
            });
            var sign = dir === "ascending" ? 1 : -1;
            keyed.sort(function (a, b) {
              if (a.key < b.key) return -sign;
              if (a.key > b.key) return sign;
              return a.i - b.i;
            });
            var fragment = document.createDocumentFragment();
            keyed.forEach(function (k) { fragment.appendChild(k.row); });
            body.appendChild(fragment);
          }

          /* Search: filter the tables, mark names and circles, show the matching people. */
          function search(query) {
            var q = fold(query.trim());
            var tables = document.querySelectorAll("table.sortable");
            Array.prototype.forEach.call(tables, function (table) {
              var shown = 0;
              Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
                var hit = !q || fold(row.getAttribute("data-name") || "").indexOf(q) >= 0;
                row.hidden = !hit;
                if (hit) shown += 1;
              });
              var none = table.parentElement.querySelector(".nomatch");
              if (none) none.hidden = shown > 0;
            });
            Array.prototype.forEach.call(document.querySelectorAll(".member[data-name], .chip[data-name]"), function (node) {
              node.classList.toggle("hit", !!q && fold(node.getAttribute("data-name")).indexOf(q) >= 0);
            });
            Array.prototype.forEach.call(document.querySelectorAll(".svg-wrap"), function (wrap) {
              wrap.classList.toggle("searching", !!q);
              var hits = {}, near = {};
              Array.prototype.forEach.call(wrap.querySelectorAll("g.node"), function (g) {
                var hit = !!q && fold(nodeName(g)).indexOf(q) >= 0;
                g.classList.toggle("hit", hit);
                if (hit) hits[nodeName(g)] = true;
              });
              Array.prototype.forEach.call(wrap.querySelectorAll("g.edge"), function (g) {
                var ends = nodeName(g).split("--");
                var hit = ends.length === 2 && (hits[ends[0]] || hits[ends[1]]);
                g.classList.toggle("hit", !!hit);
                if (hit) { near[ends[0]] = true; near[ends[1]] = true; }
              });
              Array.prototype.forEach.call(wrap.querySelectorAll("g.node"), function (g) {
                g.classList.toggle("near", !!near[nodeName(g)] && !hits[nodeName(g)]);
              });
            });
            if (!q) { panel.hidden = true; return; }
            showMatches(q, query.trim());
          }

          function rankOf(name) {
            var ranks = data.people[name].ranks;
            for (var i = ranks.length - 1; i >= 0; i--) if (ranks[i]) return ranks[i][0];
            return Infinity;
          }

          function showMatches(q, query) {
            var matches = names.filter(function (n) { return folded[n].indexOf(q) >= 0; });
            matches.sort(function (a, b) {
              var sa = folded[a] === q ? 0 : folded[a].indexOf(q) === 0 ? 1 : 2;
              var sb = folded[b] === q ? 0 : folded[b].indexOf(q) === 0 ? 1 : 2;
              return sa - sb || rankOf(a) - rankOf(b) || (a < b ? -1 : a > b ? 1 : 0);
            });
            panelBody.textContent = "";
            panel.hidden = false;
            if (matches.length === 0) {
              panelTitle.textContent = "No one matches “" + query + "”";
              panelBody.appendChild(el("p", "note", "Try part of a first name or surname."));
              if (data.note) panelBody.appendChild(el("p", "note", data.note));
              return;
            }
            var exact = matches.filter(function (n) { return folded[n] === q; });
            var cards = exact.length ? exact : matches.length <= 3 ? matches : [];
            var others = matches.filter(function (n) { return cards.indexOf(n) < 0; });
            panelTitle.textContent = cards.length === 1 && others.length === 0 ? cards[0]
              : matches.length + (matches.length === 1 ? " person matches" : " people match");
            cards.forEach(function (n) { panelBody.appendChild(personCard(n, cards.length === 1 && others.length === 0)); });
            if (others.length) {
              var box = el("div", "who");
              box.appendChild(el("p", "note", cards.length ? "Also matching:" : "Pick a name, or keep typing:"));
              var list = el("div", "matches");
              others.slice(0, 80).forEach(function (n) {
                var chip = el("span", "chip");
                chip.appendChild(personButton(n));
                list.appendChild(chip);
              });
              box.appendChild(list);
              if (others.length > 80) box.appendChild(el("p", "note", "… and " + (others.length - 80) + " more."));
              panelBody.appendChild(box);
            }
            panel.scrollTop = 0;
          }

          function personCard(name, titled) {
            var entry = data.people[name];
            var card = el("div", "who");
            var last = null;
            entry.ranks.forEach(function (r) { if (r) last = r; });
            if (!titled) {
              var h = el("h3");
              var dot = el("span", "dot");
              dot.style.background = colour(last ? last[1] : -1);
              h.appendChild(dot);
              h.appendChild(document.createTextNode(name));
              card.appendChild(h);
            }
            var ranks = el("ul", "ranks");
            entry.ranks.forEach(function (r, i) {
              var label = data.sections[i] === "all" ? "all years" : data.sections[i];
              var li = el("li");
              if (r) {
                li.appendChild(document.createTextNode(label + " "));
                li.appendChild(el("b", null, "#" + r[0]));
                li.title = "rank " + r[0] + ", community " + r[1];
              } else {
                li.textContent = "not in " + label;
              }
              ranks.appendChild(li);
            });
            card.appendChild(ranks);
            if (entry.with.length) {
              var p = el("p", "companions", "Photographed most with ");
              entry.with.forEach(function (c, i) {
                if (i) p.appendChild(document.createTextNode(", "));
                p.appendChild(personButton(c.name));
                p.appendChild(document.createTextNode(" (" + c.captions + ")"));
              });
              card.appendChild(p);
            } else {
              card.appendChild(el("p", "companions", "Not photographed with anyone else."));
            }
            var count = entry.captions.length;
            var total = entry.total || count;
            card.appendChild(el("p", "note", total + (total === 1 ? " caption:" : " captions:")
              + (total > count ? " the first " + count + " here, all of them in graph.json." : "")));
            var list = el("ol", "caps");
            var pattern = highlighter(name);
            function addCaptions(from, to) {
              entry.captions.slice(from, to).forEach(function (index) {
                var c = data.captions[index];
                var li = el("li");
                li.appendChild(el("span", "meta", c.date + " · " + c.id));
                c.text.split(pattern).forEach(function (part, i) {
                  li.appendChild(i % 2 ? el("mark", null, part) : document.createTextNode(part));
                });
                list.appendChild(li);
              });
            }
            addCaptions(0, 25);
            card.appendChild(list);
            if (count > 25) {
              var more = el("button", "zoom", "Show all " + count + " captions");
              more.type = "button";
              more.addEventListener("click", function () { addCaptions(25, count); more.remove(); });
              card.appendChild(more);
            }
            return card;
          }

          function highlighter(name) {
            var terms = [name].concat(name.split(/\s+/).filter(function (w) { return w.length >= 3; }));
            terms.sort(function (a, b) { return b.length - a.length; });
            var escaped = terms.map(function (t) { return t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); });
            return new RegExp("(" + escaped.join("|") + ")", "gi");
          }

          function nodeName(g) {
            var title = g.querySelector("title");
            return title ? title.textContent : "";
          }

          function find(name) {
            input.value = name;
            search(name);
          }

          /* Wiring */
          Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
            Array.prototype.forEach.call(table.tBodies[0].rows, function (row, i) { row.setAttribute("data-i", i); });
            Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
              var button = th.querySelector("button");
              if (button) button.addEventListener("click", function () { sortTable(table, th); });
            });
          });
          input.addEventListener("input", function () { search(input.value); });
          input.addEventListener("keydown", function (e) {
            if (e.key === "Escape") { input.value = ""; search(""); }
          });
          document.addEventListener("keydown", function (e) {
            if (e.key === "/" && document.activeElement !== input) { e.preventDefault(); input.focus(); input.select(); }
          });
          document.addEventListener("click", function (e) {
            var target = e.target;
            var button = target.closest ? target.closest("button.person") : null;
            if (button) { find(button.textContent); return; }
            var node = target.closest ? target.closest(".svg-wrap g.node") : null;
            if (node) { e.preventDefault(); find(nodeName(node)); return; }
            var zoom = target.closest ? target.closest("figure .zoom") : null;
            if (zoom) {
              var figure = zoom.closest("figure");
              var full = figure.classList.toggle("full");
              zoom.setAttribute("aria-pressed", String(full));
              zoom.textContent = full ? "Fit to width" : "Full size";
            }
          });
          document.getElementById("panel-close").addEventListener("click", function () {
            input.value = "";
            search("");
            input.focus();
          });
          var hash = location.hash.match(/^#q=(.+)$/);
          if (hash) {
            try { find(decodeURIComponent(hash[1].replace(/\+/g, " "))); } catch (err) { /* a malformed address */ }
          }
        })();

        """#
}
