/** The one stylesheet of the documentation pages, inlined so the pages need nothing from the internet. */
export const PAGE_STYLES = `
:root { --fg:#1f2937; --muted:#6b7280; --line:#e5e7eb; --accent:#2563eb; --bg-soft:#f9fafb; --code-bg:#f3f4f6; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif; color:var(--fg); background:#fff; }
header.top { background:#111827; color:#f9fafb; padding:.75rem 2rem; display:flex; align-items:center; gap:2rem; }
header.top .brand { font-weight:600; font-size:1.05rem; color:#fff; text-decoration:none; }
header.top nav a { color:#d1d5db; text-decoration:none; margin-right:1.25rem; font-size:.9rem; }
header.top nav a:hover, header.top nav a.active { color:#fff; }
main { max-width:1100px; margin:0 auto; padding:1.5rem 2rem 4rem; }
h1 { font-size:1.7rem; margin:.5rem 0 1rem; font-weight:600; }
h2 { font-size:1.3rem; margin:2rem 0 .75rem; font-weight:600; border-bottom:1px solid var(--line); padding-bottom:.3rem; }
h3 { font-size:1.1rem; margin:1.5rem 0 .5rem; font-weight:600; }
h4 { font-size:1rem; margin:1.2rem 0 .4rem; font-weight:600; }
a { color:var(--accent); }
p.lead, .muted { color:var(--muted); }
table { border-collapse:collapse; width:100%; margin:.5rem 0 1.25rem; font-size:.92rem; }
caption { text-align:left; font-weight:600; padding:.4rem 0; }
th, td { border:1px solid var(--line); padding:.45rem .7rem; text-align:left; vertical-align:top; }
td > p { margin:0 0 .25rem; }
thead th { background:var(--bg-soft); font-weight:600; }
tbody tr:nth-child(even) td { background:#fcfcfd; }
table.routes th { background:none; font-weight:600; }
table.operations td:first-child { font-weight:500; }
pre { background:var(--code-bg); border:1px solid var(--line); border-radius:6px; padding:.9rem 1rem; overflow:auto; font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; tab-size:4; }
code { font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace; font-size:.9em; }
.back { display:inline-block; margin-bottom:.5rem; font-size:.9rem; }
.auth { display:inline-block; font-size:.75rem; background:#fef3c7; color:#92400e; border-radius:4px; padding:0 .4rem; margin-left:.4rem; vertical-align:middle; }
.types-nav { margin:1rem 0; }
.types-nav a { color:var(--muted); padding:.35rem .7rem; border-radius:6px; text-decoration:none; font-size:.9rem; font-weight:500; }
.types-nav a:hover { color:var(--fg); }
.types-nav a.active { background:var(--code-bg); color:var(--fg); }
.call-info { margin:1rem 0; color:var(--fg); }
.sample h4 { margin-bottom:.2rem; }
.sample-header { font-size:.85rem; color:var(--muted); margin:0; }
footer { color:var(--muted); font-size:.8rem; margin-top:3rem; border-top:1px solid var(--line); padding-top:1rem; }
`;
