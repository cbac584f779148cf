// Type-ahead for long facets: opening "Show all" offers a box that keeps only the values containing what is typed
// (case and accents ignored) and says how many match. It lives inside the closed list, so adding it moves nothing
// on the page; without JavaScript the full list is there under "Show all" as before.
(() => {
  "use strict";
  const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  document.querySelectorAll("section.facet").forEach((facet, n) => {
    const more = facet.querySelector("details.facet-more");
    if (!more) return;
    const noun = (facet.querySelector("h2")?.textContent.trim() ?? "value").toLowerCase();
    const items = [...facet.querySelectorAll("li")];
    const label = document.createElement("label");
    label.className = "facet-filter";
    label.htmlFor = `facet-filter-${n}`;
    label.textContent = `Find ${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
    const input = document.createElement("input");
    input.type = "search";
    input.id = `facet-filter-${n}`;
    input.autocomplete = "off";
    const status = document.createElement("p");
    status.className = "facet-status";
    status.setAttribute("role", "status");
    more.querySelector("summary").after(label, input, status);
    input.addEventListener("input", () => {
      const typed = fold(input.value.trim());
      let matches = 0;
      items.forEach((li) => {
        const hit = typed === "" || fold(li.textContent).includes(typed);
        // While filtering, every match shows, whether it was among the first values or in the rest.
        li.hidden = !hit;
        if (hit) matches++;
      });
      status.textContent = typed === "" ? "" : `${matches} of ${items.length} match`;
    });
  });
})();
