// Reads citations and embedded metadata back with independent parsers, for the citation tests:
// stdin is {"bibtex": "...", "ris": "...", "csl": "...", "jsonld": ["...", ...]}; stdout is the CSL-JSON
// citation-js reads from each format and the JSON-LD as jsonld.js expands it.
// The schema.org context is served from here (no network in tests): it maps every term into the
// schema.org vocabulary, as the published context does (its "@vocab" is "http://schema.org/").
const Cite = require('citation-js');
const jsonld = require('jsonld');

const schemaContext = { '@context': { '@vocab': 'http://schema.org/' } };
const documentLoader = async (url) => {
  if (/^https?:\/\/schema\.org\/?$/.test(url)) {
    return { contextUrl: null, documentUrl: url, document: schemaContext };
  }
  throw new Error('no network in tests: ' + url);
};

const clean = (items) => items.map(({ _graph, ...item }) => item);

async function main() {
  const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  const output = {};
  for (const format of ['bibtex', 'ris', 'csl']) {
    if (input[format] !== undefined) {
      output[format] = clean(new Cite(format === 'csl' ? JSON.parse(input[format]) : input[format]).data);
    }
  }
  output.jsonld = [];
  for (const text of input.jsonld || []) {
    output.jsonld.push(await jsonld.expand(JSON.parse(text), { documentLoader }));
  }
  process.stdout.write(JSON.stringify(output));
}

main().catch((error) => { console.error(error.stack || String(error)); process.exit(1); });
