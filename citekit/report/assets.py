"""The page's inline stylesheet and script (small, no external resources)."""

CSS = """
:root{--fg:#1b1b1b;--muted:#595959;--line:#c8c8c8;--accent:#1f4e9c;color:var(--fg);background:#fff;
font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;line-height:1.45}
body{margin:0 auto;max-width:80rem;padding:0 1rem 2rem}
a{color:var(--accent)}
a:focus-visible,button:focus-visible,input:focus-visible,.graph-box:focus-visible{outline:3px solid #e0a800;outline-offset:2px}
#citation-graph a:focus{outline:3px solid #e0a800}
header nav ul,.legend{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding:0;list-style:none}
.muted,.where,small{color:var(--muted)}
.note{background:#fff8e1;border-left:4px solid #e0a800;padding:.4rem .75rem}
.graph-box{overflow:auto;max-height:85vh;border:1px solid var(--line);background:#fcfcfc}
#citation-graph{display:block;max-width:100%;height:auto}
.graph-box.full #citation-graph{max-width:none}
.legend svg{vertical-align:middle;margin-right:.3rem}
.graph-tools,.filter{display:none}
.js .graph-tools{display:block}
.js .filter{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.5rem 0}
.table-box{overflow-x:auto}
table{border-collapse:collapse;width:100%}
caption{text-align:left;color:var(--muted);padding:.25rem 0}
th,td{padding:.3rem .45rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
td.num{text-align:right}
th button{font:inherit;font-weight:bold;color:inherit;background:none;border:0;padding:0;cursor:pointer;text-align:left}
th[aria-sort=ascending] button::after{content:" \\25B2"}
th[aria-sort=descending] button::after{content:" \\25BC"}
.status-dead,.status-failing,.status-soft-404{color:#b3261e;font-weight:bold}
.status-ok,.status-redirected{color:#2d6a2d}
mark{background:#fff0a0;color:inherit}
blockquote{margin:.2rem 0;padding-left:.75rem;border-left:3px solid var(--line)}
blockquote,.items li,.where{overflow-wrap:anywhere}
td{overflow-wrap:break-word}
#sources-table td:nth-child(6){white-space:nowrap}
article{border-top:1px solid var(--line);padding:.5rem 0}
h3{margin:.4rem 0}
h4{margin:.6rem 0 .2rem}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:.25rem 0}
dl.meta dt{font-weight:bold;color:var(--muted)}
dl.meta dd{margin:0;overflow-wrap:anywhere}
ol.mentions>li,ul.items>li{margin:.35rem 0}
@media (max-width:42rem){
 body{padding:0 .5rem 1rem}
 table,tbody,tr,td{display:block}
 thead tr{display:flex;flex-wrap:wrap;gap:.25rem .75rem}
 thead th{border:0;padding:.1rem 0}
 tr{border-bottom:2px solid var(--line);padding:.3rem 0}
 td{border:0;padding:.05rem 0;overflow-wrap:anywhere}
 td.num{text-align:left}
 #sources-table td::before{font-weight:bold;color:var(--muted)}
 #sources-table td:nth-child(1)::before{content:"Key: "}
 #sources-table td:nth-child(2)::before{content:"Type: "}
 #sources-table td:nth-child(3)::before{content:"Title: "}
 #sources-table td:nth-child(4)::before{content:"Authors: "}
 #sources-table td:nth-child(5)::before{content:"Published in: "}
 #sources-table td:nth-child(6)::before{content:"Date: "}
 #sources-table td:nth-child(7)::before{content:"Cited by: "}
 #sources-table td:nth-child(8)::before{content:"Link: "}
 #sources-table td:empty{display:none}
 dl.meta{grid-template-columns:1fr}
 dl.meta dd{margin-bottom:.3rem}
}
@media print{
 nav,.filter,.js .filter,.graph-tools,.js .graph-tools{display:none}
 body{max-width:none;padding:0;font-size:10pt}
 .graph-box{overflow:visible;max-height:none;border:0}
 #citation-graph{max-width:100%;height:auto}
 article,tr,figure{break-inside:avoid}
 h2{break-before:page}
 #graph h2{break-before:auto}
 a{color:inherit;text-decoration:none}
 dd a[href^="http"]::after{content:" <" attr(href) ">";font-size:.85em;overflow-wrap:anywhere}
}
"""

JS = """
(function(){
"use strict";
document.documentElement.classList.add("js");
var table=document.getElementById("sources-table");
var toggle=document.getElementById("graph-size");
if(toggle){toggle.addEventListener("click",function(){
 var full=document.getElementById("graph-box").classList.toggle("full");
 toggle.setAttribute("aria-pressed",full?"true":"false");});}
if(!table)return;
var body=table.tBodies[0],rows=[].slice.call(body.rows),heads=[].slice.call(table.tHead.rows[0].cells);
var live=document.getElementById("filter-count"),input=document.getElementById("source-filter");
var texts=rows.map(function(r){return [].map.call(r.cells,function(c){return c.textContent;}).join(" | ").replace(/\\s+/g," ").toLowerCase();});
function key(row,col,numeric){var c=row.cells[col],v=c.getAttribute("data-sort");if(v===null)v=c.textContent;
 return numeric?(parseFloat(v)||0):v.toLowerCase();}
heads.forEach(function(th,col){var b=th.querySelector("button");if(!b)return;
 b.addEventListener("click",function(){
  var up=th.getAttribute("aria-sort")!=="ascending",numeric=th.hasAttribute("data-numeric");
  rows.sort(function(x,y){var a=key(x,col,numeric),c=key(y,col,numeric);return (a<c?-1:a>c?1:0)*(up?1:-1);});
  heads.forEach(function(h){if(h.querySelector("button"))h.setAttribute("aria-sort","none");});
  th.setAttribute("aria-sort",up?"ascending":"descending");
  var f=document.createDocumentFragment();rows.forEach(function(r){f.appendChild(r);});body.appendChild(f);
  texts=rows.map(function(r){return [].map.call(r.cells,function(c){return c.textContent;}).join(" | ").replace(/\\s+/g," ").toLowerCase();});
  live.textContent="Sorted by "+b.textContent+(up?", ascending":", descending")+".";});});
function filter(){var q=input.value.replace(/\\s+/g," ").trim().toLowerCase(),shown=0;
 rows.forEach(function(r,i){var hit=!q||texts[i].indexOf(q)>=0;r.hidden=!hit;if(hit)shown++;});
 live.textContent=shown+" of "+rows.length+" sources shown.";}
input.addEventListener("input",filter);
})();
"""
