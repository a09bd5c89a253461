// Derives the compact COG resources of ptce-model from an unpacked @etalab/decoupage-administratif package.
// Called by build-cog-resources.sh (which fetches the package and checks its integrity):
//   node scripts/build-cog-resources.mjs PACKAGE_DIR OUT_DIR VERIFIED_INTEGRITY
// Output is deterministic: rows sorted by code (plain UTF-16 order), ';'-separated, UTF-8, '\n' line ends.
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [packageDir, outDir, integrity] = process.argv.slice(2);
if (!packageDir || !outDir || !integrity) {
  fail('usage: node build-cog-resources.mjs PACKAGE_DIR OUT_DIR VERIFIED_INTEGRITY');
}

const pkg = readJson('package.json');
if (pkg.name !== '@etalab/decoupage-administratif' || pkg.version !== '6.0.0') {
  fail(`unexpected package ${pkg.name}@${pkg.version}`);
}
const communes = readJson('data/communes.json');
const epcis = readJson('data/epci.json');
const departements = readJson('data/departements.json');
const regions = readJson('data/regions.json');

const COMMUNE_CODE = /^(\d{5}|2[AB]\d{3})$/;
const SIREN = /^\d{9}$/;
// INSEE's TYPECOM codes, shorter than the package's names.
const TYPES = {
  'commune-actuelle': 'COM',
  'arrondissement-municipal': 'ARM',
  'commune-deleguee': 'COMD',
  'commune-associee': 'COMA',
};

// Régions and départements.
const regionRows = regions.map((r) => [r.code, r.nom]);
const regionCodes = new Set(regions.map((r) => r.code));
const departementRows = departements.map((d) => {
  check(regionCodes.has(d.region), `département ${d.code}: unknown région ${d.region}`);
  return [d.code, d.region, d.nom];
});
const departementRegion = new Map(departements.map((d) => [d.code, d.region]));

// Current communes first: they own their code.
const current = new Map();
for (const c of communes.filter((c) => c.type === 'commune-actuelle')) {
  check(!current.has(c.code), `duplicate current commune ${c.code}`);
  current.set(c.code, c);
}

// EPCI membership, inverted.
const epciOfCommune = new Map();
const epciRows = epcis.map((e) => {
  check(SIREN.test(e.code), `EPCI SIREN ${e.code}`);
  check(e.membres.length > 0, `EPCI ${e.code} has no member`);
  for (const m of e.membres) {
    check(current.has(m.code), `EPCI ${e.code}: member ${m.code} is not a current commune`);
    check(!epciOfCommune.has(m.code), `commune ${m.code} in two EPCI: ${epciOfCommune.get(m.code)} and ${e.code}`);
    epciOfCommune.set(m.code, e.code);
  }
  return [e.code, e.type, e.nom];
});

// Communes, arrondissements, communes déléguées / associées.
const communeRows = new Map();
let shadowed = 0;
for (const c of communes) {
  const type = TYPES[c.type];
  check(type, `commune ${c.code}: unknown type ${c.type}`);
  check(COMMUNE_CODE.test(c.code), `commune code ${c.code}`);
  check(departementRegion.get(c.departement) === c.region,
    `commune ${c.code}: département ${c.departement} is not in région ${c.region}`);
  let parent = '';
  if (type === 'ARM') {
    parent = c.commune;
  } else if (type === 'COMD' || type === 'COMA') {
    parent = c.chefLieu ?? '';
  }
  if (type !== 'COM' && current.has(c.code)) {
    // A commune déléguée bearing the code of its own commune nouvelle: the current commune wins.
    check(type === 'COMD' && parent === c.code, `code ${c.code} is both ${c.type} and a current commune`);
    shadowed++;
    continue;
  }
  check(!communeRows.has(c.code), `duplicate code ${c.code}`);
  if (parent) {
    const p = current.get(parent);
    check(p, `commune ${c.code}: parent ${parent} is not a current commune`);
    check(p.departement === c.departement, `commune ${c.code}: département differs from its parent ${parent}`);
  }
  const epci = type === 'COM' ? (epciOfCommune.get(c.code) ?? '') : '';
  communeRows.set(c.code, [c.code, type, c.departement, c.region, epci, parent, c.nom]);
}

write('regions.csv', ['code', 'name'], regionRows);
write('departements.csv', ['code', 'region', 'name'], departementRows);
write('epci.csv', ['siren', 'type', 'name'], epciRows);
write('communes.csv', ['code', 'type', 'departement', 'region', 'epci', 'parent', 'name'], [...communeRows.values()]);

const published = statSync(join(packageDir, 'package.json')).mtime.toISOString().slice(0, 10);
const count = (t) => [...communeRows.values()].filter((r) => r[1] === t).length;
const currentRows = [...communeRows.values()].filter((r) => r[1] === 'COM');
const overseasCollectivities = currentRows.filter((r) => r[2].length === 3 && !/^97[1-46]$/.test(r[2])).length;
const withoutEpci = currentRows.filter((r) => r[4] === '').length;
writeFileSync(join(outDir, 'ATTRIBUTION.txt'), [
  'INSEE COG 2026, DGCL EPCI 2026, via @etalab/decoupage-administratif 6.0.0 — données sous Licence Ouverte 2.0 (Etalab)',
  '',
  'Sources : Code officiel géographique (INSEE) au 1er janvier 2026 ; liste et composition des EPCI à fiscalité',
  `propre 2026 (DGCL). Paquet npm @etalab/decoupage-administratif 6.0.0, publié le ${published}, intégrité`,
  `${integrity}.`,
  'Licence des données : Licence Ouverte 2.0 (Etalab), https://www.etalab.gouv.fr/licence-ouverte-open-licence',
  'Données dérivées (sélection de colonnes, reformatage CSV) ; aucune valeur modifiée.',
  '',
  'Fichiers (séparateur ";", UTF-8, triés par code) :',
  `  communes.csv      code;type;departement;region;epci;parent;name — ${communeRows.size} lignes :`,
  `                    ${count('COM')} communes actuelles (dont ${overseasCollectivities} des collectivités d'outre-mer, ${withoutEpci} sans EPCI),`,
  `                    ${count('ARM')} arrondissements municipaux (ARM), ${count('COMD')} communes déléguées (COMD),`,
  `                    ${count('COMA')} communes associées (COMA) ; parent = commune de rattachement ;`,
  '                    epci = SIREN de l\'EPCI (communes actuelles seulement, vide sinon).',
  `                    ${shadowed} communes déléguées portant le code de leur commune nouvelle sont omises.`,
  `  epci.csv          siren;type;name — ${epciRows.length} EPCI à fiscalité propre`,
  `  departements.csv  code;region;name — ${departementRows.length} départements (collectivités d'outre-mer comprises)`,
  `  regions.csv       code;name — ${regionRows.length} régions (collectivités d'outre-mer comprises)`,
  '',
  'Régénération (réseau requis : registre npm) : scripts/build-cog-resources.sh',
  '(npm pack, vérification de l\'intégrité, puis scripts/build-cog-resources.mjs).',
  '',
].join('\n'), 'utf8');

console.error(`communes.csv: ${communeRows.size} rows (COM ${count('COM')}, ARM ${count('ARM')}, COMD ${count('COMD')}, `
  + `COMA ${count('COMA')}; ${shadowed} shadowed déléguées omitted; ${withoutEpci} current communes without EPCI)`);
console.error(`epci.csv: ${epciRows.length}, departements.csv: ${departementRows.length}, regions.csv: ${regionRows.length}`);

function readJson(path) {
  return JSON.parse(readFileSync(join(packageDir, path), 'utf8'));
}

function write(name, header, rows) {
  const sorted = [...rows].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    check(sorted[i - 1][0] !== sorted[i][0], `${name}: duplicate key ${sorted[i][0]}`);
  }
  const lines = [header, ...sorted].map((fields) => {
    for (const f of fields) {
      check(typeof f === 'string', `${name}: non-string field in ${fields}`);
      check(!/[;\r\n]/.test(f) && f === f.trim(), `${name}: field needs quoting: ${JSON.stringify(f)}`);
    }
    return fields.join(';');
  });
  writeFileSync(join(outDir, name), lines.join('\n') + '\n', 'utf8');
}

function check(condition, message) {
  if (!condition) {
    fail(message);
  }
}

function fail(message) {
  console.error(`ERROR: ${message}`);
  process.exit(1);
}
