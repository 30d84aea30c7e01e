extension HTMLPage {
    /// The page's inline CSS: the system's own fonts (nothing downloaded), a readable measure on a laptop screen,
    /// tables with tabular figures and sticky headings, and a print style without the header and the search panel.
    static let style = #"""
        :root {
          --ink: #1c2127; --muted: #5d6873; --faint: #8a949e; --line: #e2e5e9; --soft: #f3f4f6;
          --bg: #f6f6f3; --card: #ffffff; --accent: #24588c; --accent-soft: #e8f0f8; --mark: #fff0b3;
          --up: #1b7a4b; --down: #a33b2b;
          --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif;
          --mono: ui-monospace, "SFMono-Regular", "Liberation Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace;
        }
        * { box-sizing: border-box; }
        html { scroll-padding-top: 76px; }
        body { margin: 0; background: var(--bg); color: var(--ink); font: 16px/1.55 var(--sans);
          -webkit-font-smoothing: antialiased; text-rendering: optimizeLegibility; }
        h1, h2, h3, h4 { line-height: 1.2; margin: 0; font-weight: 650; letter-spacing: -0.01em; }
        h1 { font-size: 2.1rem; letter-spacing: -0.02em; }
        h2 { font-size: 1.6rem; }
        h3 { font-size: 1.08rem; margin: 0 0 .35rem; }
        h4 { font-size: .95rem; margin: 0 0 .3rem; }
        p { margin: .4rem 0; }
        code { font: .85em var(--mono); background: var(--soft); padding: .05em .3em; border-radius: 4px; }
        b { font-weight: 650; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

        /* Header */
        .top { position: sticky; top: 0; z-index: 20; background: rgba(255,255,255,.96); border-bottom: 1px solid var(--line);
          backdrop-filter: saturate(1.2) blur(6px); }
        .topbar { max-width: 1320px; margin: 0 auto; padding: .7rem 28px; display: flex; align-items: center; gap: 1.5rem; }
        .brand { display: flex; align-items: baseline; gap: .6rem; color: var(--ink); text-decoration: none; white-space: nowrap; }
        .brand strong { font-size: 1.25rem; letter-spacing: -0.02em; }
        .brand span { color: var(--muted); font-size: .9rem; }
        nav { display: flex; flex-wrap: wrap; gap: .3rem; flex: 1; }
        nav a { color: var(--ink); text-decoration: none; font-size: .92rem; padding: .28rem .7rem; border-radius: 999px; }
        nav a:hover, nav a:focus-visible { background: var(--accent-soft); color: var(--accent); }
        .find input { width: 17rem; font: inherit; font-size: .95rem; padding: .45rem .8rem; border: 1px solid #c9ced4;
          border-radius: 8px; background: #fff; color: var(--ink); }
        .find input:focus { outline: 2px solid var(--accent); outline-offset: 1px; border-color: var(--accent); }

        /* Layout */
        main { max-width: 1320px; margin: 0 auto; padding: 0 28px 2rem; }
        .intro { padding: 2.2rem 0 .6rem; max-width: 60rem; }
        .intro .lede { font-size: 1.2rem; color: #2b323a; margin-top: .7rem; }
        .intro .how { color: var(--muted); }
        .measures { margin-top: .6rem; color: var(--muted); font-size: .92rem; }
        .measures summary { cursor: pointer; color: var(--accent); }
        .measures dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .6rem 0 0; }
        .measures dt { font-weight: 600; color: var(--ink); }
        .measures dd { margin: 0; }
        .card { background: var(--card); border: 1px solid var(--line); border-radius: 14px; padding: 1.6rem 1.8rem 1.4rem;
          margin: 1.6rem 0; box-shadow: 0 1px 2px rgba(20,30,40,.04), 0 4px 16px rgba(20,30,40,.04); }
        .section-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .6rem 1.4rem; margin-bottom: 1rem; }
        .stats { display: flex; flex-wrap: wrap; gap: .4rem; list-style: none; margin: 0; padding: 0; }
        .stats li { background: var(--soft); border-radius: 999px; padding: .12rem .7rem; font-size: .88rem; color: var(--muted); }
        .stats b { color: var(--ink); font-variant-numeric: tabular-nums; }
        .block { margin: 1.4rem 0 0; min-width: 0; }
        .pair-cols { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 2.4rem; }
        .three-cols { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0 2rem; }
        .note { color: var(--muted); font-size: .88rem; margin: 0 0 .6rem; }
        .muted { color: var(--faint); }
        .count { display: inline-block; min-width: 1.6em; padding: 0 .45em; margin-left: .2rem; border-radius: 999px;
          background: var(--soft); color: var(--muted); font-size: .8rem; font-weight: 600; text-align: center; }

        /* Diagram */
        .diagram { margin: 0; border: 1px solid var(--line); border-radius: 10px; overflow: hidden; background: #fff; }
        .svg-wrap { overflow: auto; max-height: 78vh; }
        .svg-wrap svg { display: block; width: 100%; height: auto; max-height: 78vh; }
        .diagram.full .svg-wrap svg { width: var(--full-width, 200%); max-width: none; max-height: none; }
        .svg-wrap .node { cursor: pointer; }
        .svg-wrap .node:hover ellipse, .svg-wrap .node.hit ellipse { stroke: #111; stroke-width: 3; }
        .svg-wrap.searching .node:not(.hit):not(.near) { opacity: .22; }
        .svg-wrap.searching .edge:not(.hit) { opacity: .12; }
        .diagram figcaption { display: flex; gap: 1rem; align-items: center; justify-content: space-between;
          padding: .5rem .9rem; border-top: 1px solid var(--line); font-size: .85rem; color: var(--muted); background: #fbfbfa; }
        .zoom { font: inherit; font-size: .85rem; padding: .25rem .75rem; border: 1px solid #c9ced4; border-radius: 6px;
          background: #fff; color: var(--ink); cursor: pointer; white-space: nowrap; }
        .zoom:hover { border-color: var(--accent); color: var(--accent); }
        .empty { padding: 2rem; color: var(--muted); }

        /* Tables */
        .table-wrap { max-height: 30rem; overflow: auto; border: 1px solid var(--line); border-radius: 10px; }
        .table-wrap.short { max-height: 22rem; }
        table { border-collapse: separate; border-spacing: 0; width: 100%; font-size: .875rem; font-variant-numeric: tabular-nums; }
        th, td { padding: .36rem .5rem; text-align: left; border-bottom: 1px solid var(--line); white-space: nowrap; }
        td.with { white-space: normal; min-width: 12rem; }
        th { position: sticky; top: 0; z-index: 1; background: #f8f9fa; font-weight: 600; font-size: .8rem; color: var(--muted); }
        th button { all: unset; cursor: pointer; display: inline-flex; gap: .25rem; align-items: center; }
        th button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
        th:hover button { color: var(--ink); }
        th[aria-sort] button { color: var(--accent); }
        th[aria-sort="ascending"] button::after { content: "▲"; font-size: .7em; }
        th[aria-sort="descending"] button::after { content: "▼"; font-size: .7em; }
        .num { text-align: right; }
        th.num button { flex-direction: row-reverse; }
        tbody tr:nth-child(even) { background: #fbfbfc; }
        tbody tr:hover { background: var(--accent-soft); }
        tbody tr:last-child td { border-bottom: 0; }
        td.name { font-weight: 550; }
        .up { color: var(--up); } .down { color: var(--down); } .same { color: var(--faint); }
        .nomatch { padding: .8rem; margin: 0; color: var(--muted); }

        /* Names, dots, chips */
        .person { all: unset; cursor: pointer; border-radius: 3px; }
        .person:hover { color: var(--accent); text-decoration: underline; text-underline-offset: 2px; }
        .person:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
        .dot { display: inline-block; width: .72em; height: .72em; border-radius: 50%; margin-right: .45em;
          border: 1px solid rgba(0,0,0,.28); vertical-align: baseline; }
        .hit > .person, .member.hit .person, .chip.hit { background: var(--mark); }
        .chips { display: flex; flex-wrap: wrap; gap: .35rem; margin: 0; }
        .chip { display: inline-flex; align-items: baseline; gap: .35rem; background: var(--soft); border-radius: 999px;
          padding: .15rem .65rem; font-size: .88rem; }
        .chip small { color: var(--faint); font-size: .75rem; }

        /* Strongest ties */
        .ties { list-style: none; margin: 0; padding: 0; counter-reset: tie; }
        .ties li { display: grid; grid-template-columns: minmax(0, 1fr) 7rem 2.6rem; gap: .8rem; align-items: center;
          padding: .32rem 0; border-bottom: 1px solid var(--line); font-size: .9rem; counter-increment: tie; }
        .ties li:last-child { border-bottom: 0; }
        .ties .pair { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
        .ties .pair::before { content: counter(tie) "."; color: var(--faint); display: inline-block; width: 1.7rem; font-size: .8rem; }
        .amp { color: var(--faint); margin: 0 .15rem; }
        .wbar { height: .5rem; background: var(--soft); border-radius: 999px; overflow: hidden; }
        .wbar span { display: block; height: 100%; background: #6a7f96; border-radius: 999px; }
        .w { text-align: right; font-variant-numeric: tabular-nums; color: var(--muted); font-size: .85rem; }
        .tie-list { margin: 0; padding-left: 1.4rem; font-size: .9rem; }
        .tie-list li { padding: .14rem 0; }
        .tie-list .w { margin-left: .3rem; }

        /* Communities */
        .communities { display: grid; gap: .6rem; }
        .community { border-left: 4px solid var(--c, #ddd); background: #fafafa; border-radius: 0 8px 8px 0; padding: .5rem .8rem; }
        .community h4 span { color: var(--muted); font-weight: 400; }
        .community p { margin: 0; font-size: .9rem; line-height: 1.7; }
        .community .member { white-space: nowrap; }
        .community .member:not(:last-of-type)::after { content: ","; }
        .community.alone { border-left-color: #ccc; }
        .more { color: var(--faint); }

        /* Search panel */
        .panel { position: fixed; z-index: 30; top: 70px; right: 18px; width: min(30rem, calc(100vw - 36px));
          max-height: calc(100vh - 90px); overflow: auto; background: #fff; border: 1px solid #d5d9de; border-radius: 14px;
          box-shadow: 0 12px 40px rgba(20,30,40,.18); padding: 1rem 1.2rem 1.2rem; }
        .panel[hidden] { display: none; }
        .panel-head { display: flex; justify-content: space-between; align-items: center; gap: 1rem; margin-bottom: .5rem; }
        .panel-head h2 { font-size: 1.15rem; }
        #panel-close { all: unset; cursor: pointer; font-size: 1.5rem; line-height: 1; color: var(--muted); padding: 0 .3rem; }
        #panel-close:hover { color: var(--ink); }
        .who { border-top: 1px solid var(--line); padding-top: .8rem; margin-top: .8rem; }
        .who:first-child { border-top: 0; margin-top: 0; padding-top: 0; }
        .who h3 { font-size: 1.1rem; }
        .ranks { display: flex; flex-wrap: wrap; gap: .3rem; margin: .4rem 0; padding: 0; list-style: none; }
        .ranks li { font-size: .8rem; background: var(--soft); border-radius: 999px; padding: .08rem .55rem; color: var(--muted); }
        .ranks li b { color: var(--ink); }
        .companions { font-size: .88rem; color: var(--muted); }
        .caps { list-style: none; margin: .5rem 0 0; padding: 0; }
        .caps li { font-size: .88rem; padding: .45rem 0; border-top: 1px dashed var(--line); }
        .caps .meta { display: block; font: .72rem var(--mono); color: var(--faint); margin-bottom: .1rem; }
        .caps mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 2px; }
        .matches { display: flex; flex-wrap: wrap; gap: .35rem; }

        footer { max-width: 1320px; margin: 0 auto; padding: 1rem 28px 3rem; color: var(--faint); font-size: .82rem; }

        @media (max-width: 900px) {
          .topbar { flex-wrap: wrap; gap: .6rem; }
          .find input { width: 100%; }
          .find { flex: 1 1 100%; }
          .pair-cols, .three-cols { grid-template-columns: minmax(0, 1fr); }
          .card { padding: 1.1rem; }
        }
        @media print {
          .top, .panel, .zoom { display: none; }
          .card { box-shadow: none; break-inside: avoid-page; }
          .table-wrap { max-height: none; overflow: visible; }
        }

        """#
}
