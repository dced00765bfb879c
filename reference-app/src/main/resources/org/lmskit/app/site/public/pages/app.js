// The pages' shared code: the chosen demo user, calls to the REST API with their bearer token, and how a refusal
// (an RFC 9457 problem document) is shown. Nothing here knows more than the public API tells.
"use strict";

const LMS = (() => {
  const USERS = [
    { token: "demo-robert", id: "robert-redford", name: "Robert Redford", role: "Apprenant", start: "/pages/job-view.html" },
    { token: "demo-manager", id: "manon", name: "Manon", role: "Manager", start: "/pages/team.html" },
    { token: "demo-ddfpt", id: "ddfpt", name: "DDFPT", role: "DDFPT (déverrouille les bilans)", start: "/pages/reviews.html" },
    { token: "demo-tutor", id: "tutor", name: "Tuteur", role: "Tuteur", start: "/pages/tutoring.html" },
    { token: "demo-recruiter", id: "camille", name: "Camille", role: "Recruteur (cartes en retard)", start: "/pages/recruitment.html" },
    { token: "demo-luc", id: "luc", name: "Luc", role: "Recruteur", start: "/pages/recruitment.html" },
    { token: "demo-pilot", id: "paula", name: "Paula", role: "Pilote Manpower", start: "/pages/sessions.html" },
    { token: "demo-admin", id: "admin", name: "Admin", role: "Administrateur", start: "/pages/sessions.html" },
    { token: "demo-bob", id: "bob", name: "Bob", role: "Apprenant (certification)", start: "/pages/certification.html" },
    { token: "demo-david", id: "david", name: "David", role: "Apprenant (certifié)", start: "/pages/certification.html" },
    { token: "demo-sam", id: "agasse-sam", name: "AGASSE Sam", role: "Apprenant (tutorat)", start: "/pages/tutoring.html" },
  ];
  const PAGES = [
    ["/pages/job-view.html", "Emploi"], ["/pages/team.html", "Équipe"], ["/pages/reviews.html", "Bilans intermédiaires"],
    ["/pages/tutoring.html", "Centre de tutorat"], ["/pages/recruitment.html", "Recrutement"],
    ["/pages/sessions.html", "Sessions"], ["/pages/certification.html", "Certification"],
  ];
  const KEY = "lmskit.token";

  function user() {
    const param = new URLSearchParams(location.search).get("as");
    if (param && USERS.some(u => u.token === param)) {
      localStorage.setItem(KEY, param);
    }
    const token = localStorage.getItem(KEY);
    return USERS.find(u => u.token === token) || null;
  }

  function choose(token) {
    localStorage.setItem(KEY, token);
  }

  /** A refusal of the API, carrying its problem document. */
  class Problem extends Error {
    constructor(status, problem) {
      super(problem && problem.title ? problem.title : "HTTP " + status);
      this.status = status;
      this.problem = problem || {};
    }
  }

  async function api(method, path, body) {
    const headers = { "Accept": "application/json, application/problem+json" };
    const current = user();
    if (current) headers["Authorization"] = "Bearer " + current.token;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const type = response.headers.get("Content-Type") || "";
    const data = response.status === 204 ? null : type.includes("json") ? await response.json() : await response.text();
    if (!response.ok) throw new Problem(response.status, typeof data === "object" ? data : { title: "HTTP " + response.status, detail: data });
    return data;
  }

  /** Shows a refusal where it happened: its status, title and detail, and the fields or records it names. */
  function showProblem(where, error) {
    const box = document.createElement("div");
    box.className = "problem";
    box.setAttribute("role", "alert");
    const p = error instanceof Problem ? error.problem : { title: "Erreur", detail: String(error) };
    const title = document.createElement("strong");
    title.textContent = (error.status ? error.status + " — " : "") + (p.title || "Erreur");
    box.append(title, document.createTextNode(p.detail || ""));
    if (p.violations && p.violations.length) {
      const list = document.createElement("ul");
      p.violations.forEach(v => { const li = document.createElement("li"); li.textContent = v.field + " : " + v.message; list.append(li); });
      box.append(list);
    }
    if (p.subjects && p.subjects.length) {
      const s = document.createElement("div");
      s.className = "subjects";
      s.textContent = "Concerne : " + p.subjects.join(", ");
      box.append(s);
    }
    box.dataset.code = p.code || "";
    where.replaceChildren(box);
    return box;
  }

  function notice(where, text) {
    const box = document.createElement("div");
    box.className = "notice";
    box.setAttribute("role", "status");
    box.textContent = text;
    where.replaceChildren(box);
  }

  /** The page header: the site's pages and who is signed in. */
  function header() {
    const current = user();
    const bar = document.createElement("header");
    const brand = document.createElement("a");
    brand.href = "/"; brand.className = "brand"; brand.textContent = "lmskit";
    const nav = document.createElement("nav");
    nav.setAttribute("aria-label", "Pages");
    PAGES.forEach(([href, label]) => {
      const a = document.createElement("a");
      a.href = href; a.textContent = label;
      if (location.pathname === href) a.setAttribute("aria-current", "page");
      nav.append(a);
    });
    const who = document.createElement("span");
    who.className = "who";
    who.id = "who";
    who.textContent = current ? "Connecté : " + current.name + " (" + current.role + ")" : "Aucun utilisateur choisi";
    const change = document.createElement("a");
    change.href = "/"; change.textContent = " — changer";
    who.append(change);
    bar.append(brand, nav, who);
    document.body.prepend(bar);
    if (!current && location.pathname !== "/") {
      const main = document.querySelector("main");
      const p = document.createElement("p");
      p.className = "problem";
      p.textContent = "Choisissez d'abord un utilisateur de démonstration sur la page d'accueil.";
      main.prepend(p);
    }
    return current;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === "class") node.className = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? "" : v);
    });
    children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c === null || c === undefined ? "" : String(c))));
    return node;
  }

  function table(columns, rows, rowClass) {
    const head = el("thead", {}, el("tr", {}, columns.map(c => el("th", { scope: "col" }, c.label))));
    const body = el("tbody", {}, rows.map(r => el("tr", { class: rowClass ? rowClass(r) : undefined },
      columns.map(c => el("td", { "data-col": c.key }, c.render ? c.render(r) : r[c.key])))));
    return el("table", {}, head, body);
  }

  function date(value) {
    if (!value) return "—";
    return value.length > 10 ? new Date(value).toLocaleString("fr-FR", { timeZone: "UTC" }) : value;
  }

  /** A radar chart (Chart.js) of series over the same axes; returns the chart. */
  function radar(canvas, axes, series, max) {
    const colours = ["#1f5fbf", "#d9822b", "#1d7a3e"];
    return new Chart(canvas, {
      type: "radar",
      data: { labels: axes, datasets: series.map((s, i) => ({ label: s.label, data: s.data, borderColor: colours[i % 3],
        backgroundColor: colours[i % 3] + "33", pointBackgroundColor: colours[i % 3] })) },
      options: { animation: false, responsive: true, scales: { r: { min: 0, max: max, ticks: { stepSize: 1 },
        // long competency titles would be cut at the edge: the table beside the chart gives them in full
        pointLabels: { callback: label => label.length > 30 ? label.slice(0, 29) + "…" : label } } } },
    });
  }

  return { USERS, user, choose, api, showProblem, notice, header, el, table, date, radar, Problem };
})();
