// The report's only style sheet and script, inlined as constants. The page's Content-Security-Policy
// allows exactly these two by hash (page.ts), so nothing else — an attribute handler planted in a
// host name, a second <script> — could run even if escaping failed. The page is complete without
// the script: it only adds sorting and filtering.

export const STYLE = `
:root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#fff;--panel:#f6f8fa;--line:#d1d9e0;--link:#0969da;
--critical:#a40e26;--high:#d1242f;--medium:#bc4c00;--low:#6e7781;--ok:#1a7f37}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--panel:#151b23;--line:#3d444d;
--link:#4493f8;--critical:#ff6a69;--high:#f47067;--medium:#e0823d;--low:#9198a1;--ok:#3fb950}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1200px;padding:1rem 1.5rem 3rem;font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}
h3{font-size:1.05rem;margin:0 0 .5rem}
a{color:var(--link)}code,pre{font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
pre{margin:0;white-space:pre-wrap;word-break:break-all;background:var(--panel);padding:.25rem .5rem;border-radius:4px}
.meta{color:var(--muted)}
.cards{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
.card{border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem;background:var(--panel);min-width:9rem}
.card b{display:block;font-size:1.4rem}
.gate-failed{border-color:var(--high)}.gate-passed{border-color:var(--ok)}.gate-warn{border-color:var(--medium)}
.risk{font-weight:600}.risk-critical{color:var(--critical)}.risk-high{color:var(--high)}.risk-medium{color:var(--medium)}.risk-low{color:var(--low)}
.badge{display:inline-block;border:1px solid var(--line);border-radius:1em;padding:0 .5em;font-size:12px;margin-right:.25em}
.badge-new{border-color:var(--high);color:var(--high)}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:var(--panel)}
th button{all:unset;cursor:pointer;font-weight:600}th button::after{content:" \\2195";color:var(--muted)}
th[aria-sort=ascending] button::after{content:" \\2191"}th[aria-sort=descending] button::after{content:" \\2193"}
.controls{display:flex;gap:.5rem;align-items:center;margin:.5rem 0}
.controls input,.controls select{font:inherit;padding:.2rem .4rem;color:var(--fg);background:var(--bg);border:1px solid var(--line);border-radius:4px}
.integration{border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem;margin:.75rem 0;break-inside:avoid}
.integration dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.25rem 0 .5rem}
.integration dt{color:var(--muted)}.integration dd{margin:0}
figure{margin:1rem 0;overflow-x:auto}figcaption{color:var(--muted);margin-bottom:.25rem}
svg text{fill:var(--fg);font:12px system-ui,sans-serif}svg .muted{fill:var(--muted)}
svg .axis{stroke:var(--line)}svg .edge{stroke:var(--muted);fill:none;stroke-opacity:.55}
svg .node{fill:var(--panel);stroke:var(--line)}
svg .fill-critical{fill:var(--critical)}svg .fill-high{fill:var(--high)}svg .fill-medium{fill:var(--medium)}svg .fill-low{fill:var(--low)}
svg .stroke-critical{stroke:var(--critical)}svg .stroke-high{stroke:var(--high)}svg .stroke-medium{stroke:var(--medium)}svg .stroke-low{stroke:var(--low)}
.verdict-found{color:var(--high)}.verdict-none{color:var(--ok)}.verdict-skipped{color:var(--medium)}
@media print{body{max-width:none;padding:0;font-size:11px}.controls,th button::after{display:none}
a{color:inherit;text-decoration:none}.integration,tr,figure{break-inside:avoid}h2{break-after:avoid}}
`;

/** Sorting by any column header, and a text and risk filter per table (`data-table` names the tbody). */
export const SCRIPT = `
(function(){
'use strict';
function key(cell){var v=cell.getAttribute('data-sort');return v===null?cell.textContent.trim():v;}
function compare(a,b){var x=Number(a),y=Number(b);
if(a!==''&&b!==''&&!isNaN(x)&&!isNaN(y))return x-y;return a<b?-1:a>b?1:0;}
document.querySelectorAll('table.sortable').forEach(function(table){
var heads=table.tHead?table.tHead.rows[0].cells:[];
Array.prototype.forEach.call(heads,function(th,col){
var b=document.createElement('button');b.type='button';b.textContent=th.textContent;th.textContent='';th.appendChild(b);
b.addEventListener('click',function(){
var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
Array.prototype.forEach.call(heads,function(h){h.removeAttribute('aria-sort');});th.setAttribute('aria-sort',dir);
var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
rows.sort(function(r,s){var c=compare(key(r.cells[col]),key(s.cells[col]));return dir==='ascending'?c:-c;});
rows.forEach(function(r){body.appendChild(r);});});});});
document.querySelectorAll('.controls').forEach(function(box){
var table=document.getElementById(box.getAttribute('data-table'));if(!table)return;
var text=box.querySelector('input'),risk=box.querySelector('select'),count=box.querySelector('output');
function apply(){var q=text.value.trim().toLowerCase(),r=risk?risk.value:'',shown=0,rows=table.tBodies[0].rows;
for(var i=0;i<rows.length;i++){var ok=(!q||rows[i].textContent.toLowerCase().indexOf(q)>=0)&&(!r||rows[i].getAttribute('data-risk')===r);
rows[i].hidden=!ok;if(ok)shown++;}
if(count)count.textContent=shown+' of '+rows.length;}
text.addEventListener('input',apply);if(risk)risk.addEventListener('change',apply);box.hidden=false;apply();});
})();
`;
