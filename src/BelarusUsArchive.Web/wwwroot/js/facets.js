// Type-ahead for long facets: a box above the list that keeps only the values containing what is typed
// (case and accents ignored) and says how many match. Without JavaScript the full list stays under "Show all".
(() => {
  "use strict";
  const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  document.querySelectorAll("section.facet").forEach((facet, n) => {
    const more = facet.querySelector("details.facet-more");
    if (!more) return;
    const name = facet.querySelector("h2")?.textContent.trim() ?? "values";
    const items = [...facet.querySelectorAll("li")];
    const label = document.createElement("label");
    label.className = "facet-filter";
    label.htmlFor = `facet-filter-${n}`;
    const noun = name.toLowerCase();
    label.textContent = `Find ${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;
    const input = document.createElement("input");
    input.type = "search";
    input.id = `facet-filter-${n}`;
    input.autocomplete = "off";
    const status = document.createElement("p");
    status.className = "facet-status";
    status.setAttribute("role", "status");
    facet.querySelector("h2").after(label, input, status);
    const shown = facet.querySelector("ul");
    const wasOpen = more.open;
    input.addEventListener("input", () => {
      const typed = fold(input.value.trim());
      let matches = 0;
      items.forEach((li) => {
        const hit = typed === "" || fold(li.textContent).includes(typed);
        // While filtering, every match shows, whether it was among the first values or under "Show all".
        li.hidden = !hit && typed !== "";
        if (hit) matches++;
      });
      more.open = typed !== "" || wasOpen;
      more.querySelector("summary").hidden = typed !== "";
      shown.hidden = false;
      status.textContent = typed === "" ? "" : `${matches} of ${items.length} match`;
    });
  });
})();
