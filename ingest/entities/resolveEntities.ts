// Turns mentions from all documents into canonical entities. Same type + scope + canonical name is one entity;
// declared abbreviations and short forms of a longer name of the same district join the long one. Scope keeps
// different things apart: a 村, 街道 or local project is its district's own, while cities, provinces, regions and
// well-known organizations are one entity everywhere. Never merges across types.
import { createHash } from 'node:crypto';
import type { Entity, EntityType, Mention } from '../../src/model.js';
import type { ReadDocument } from '../readDocument.js';
import type { Lexicon } from './lexicon.js';
import type { Candidate } from './candidates.js';
import type { Abbreviation } from './declaredAbbreviations.js';
import { expandAgencyName } from './levelPrefix.js';
import { LOCAL_PLACE_KIND, SUFFIX_RULES } from './nameRules.js';

export interface DocumentFindings {
  doc: ReadDocument;
  mentions: Candidate[];
  abbreviations: Abbreviation[];
}

export interface ResolvedEntities {
  entities: Entity[];
  /** Entity id of each mention, per document id, in the order of `DocumentFindings.mentions`. */
  entityIdOfMention: Map<string, string[]>;
}

interface Group {
  type: EntityType;
  district: string | null;
  name: string;
  surfaces: Set<string>;
  mentions: Mention[];
}

// A district written after its city is resolved as the district alone (CITY_AND_DISTRICT); after its province it is
// global.
const ADMINISTRATIVE_ENDING = /(?:省|市|自治州|州|县|特别行政区)$|^\S{2,4}省[\S]{2,4}区$/;
const ADMINISTRATIVE_HEAD = /[省市区县镇乡州旗盟]$/;
const CITY_AND_DISTRICT = /^[\u4e00-\u9fff]{2,4}市([\u4e00-\u9fff]{2,4}区|[\u4e00-\u9fff]{1,4}县)$/;
const NATIONAL_PREFIX = /^(?:中共|中国|国家|全国|国务院|党中央)/;
const SUFFIXES_LONGEST_FIRST = [...new Set(SUFFIX_RULES.map((r) => r.suffix))].filter((s) => s.length >= 2).sort((a, b) => b.length - a.length);
// The same, by last character: a name can only end with the endings that end with its own last character.
const SUFFIXES_BY_LAST_CHAR = new Map<string, string[]>();
for (const s of SUFFIXES_LONGEST_FIRST) SUFFIXES_BY_LAST_CHAR.set(s.at(-1)!, [...(SUFFIXES_BY_LAST_CHAR.get(s.at(-1)!) ?? []), s]);

/** Stable id: the same type, scope and canonical name give the same id in every run. */
export function entityId(type: EntityType, district: string | null, name: string): string {
  return `ent-${createHash('sha256').update(`${type}|${district ?? '*'}|${name}`).digest('hex').slice(0, 16)}`;
}

/** The document's own government (广州市海珠区人民政府), named and scoped as a mention of it (区政府) resolves, so
 * that both are one entity. */
export function issuingGovernment(doc: ReadDocument, lexicon: Lexicon): { name: string; district: string | null } | null {
  const { city, district } = doc.record;
  if (!city && !district) return null;
  const name = `${district && city && !district.startsWith(city) ? city : ''}${district ?? city ?? ''}人民政府`;
  const candidate: Candidate = { start: 0, end: 0, type: 'Agency', key: name, canonical: name, global: false, source: 'lexicon' };
  const places = placeListsOf(lexicon);
  return canonicalAndScope(candidate, doc, lexicon, places.global, places.local);
}

// Both lists depend on the lexicon only, and every document's government is scoped with them.
const placeLists = new WeakMap<Lexicon, { global: string[]; local: Map<string, string[]> }>();
function placeListsOf(lexicon: Lexicon): { global: string[]; local: Map<string, string[]> } {
  let lists = placeLists.get(lexicon);
  if (lists === undefined) placeLists.set(lexicon, (lists = { global: globalPlaceNames(lexicon), local: localPlaceNames(lexicon) }));
  return lists;
}

function globalPlaceNames(lexicon: Lexicon): string[] {
  // Cities, provinces and regions: a name starting with one of them belongs to no single district.
  return lexicon.entries.filter((e) => e.type === 'Place' && e.global && !/区$/.test(e.canonical)).map((e) => e.name);
}

/** Listed places that are one district's own (琶洲, 海珠湿地), by district. */
function localPlaceNames(lexicon: Lexicon): Map<string, string[]> {
  const byDistrict = new Map<string, string[]>();
  for (const e of lexicon.entries) if (e.type === 'Place' && e.onlyIn) byDistrict.set(e.onlyIn, [...(byDistrict.get(e.onlyIn) ?? []), e.name]);
  return byDistrict;
}

/** Local by its kind (a street, road, creek, park) or by its first words (海珠湖, 琶洲数字岛: the district's own places). */
function isLocalPlace(name: string, district: string | null, localPlaces: Map<string, string[]>): boolean {
  if (!district) return false;
  if (LOCAL_PLACE_KIND.test(name)) return true;
  const short = district.replace(/区$/, '');
  return name.startsWith(short) || (localPlaces.get(district) ?? []).some((p) => name.startsWith(p));
}

function canonicalAndScope(c: Candidate, doc: ReadDocument, lexicon: Lexicon, globalPlaces: string[], localPlaces: Map<string, string[]>): { name: string; district: string | null } {
  const { city, district } = doc.record;
  let name = c.canonical;
  // 赤岗街 is the street 赤岗街道 written short.
  if (c.type === 'Place' && name.endsWith('街') && !name.endsWith('大街') && c.source === 'suffix') name = `${name}道`;
  // 区发改局 in a Haizhu report is 广州市海珠区发展和改革局, 市委 is 中共广州市委: a level stands for the document's own
  // unit. extractEntities drops the mentions whose level the document leaves open.
  if (c.type === 'Agency') name = expandAgencyName(name, doc, lexicon) ?? name;
  // 温州市鹿城区 is the district 鹿城区 written after its city: one place, with the name and scope it has when
  // written alone, listed or not (the city in front had made the chained long form global).
  const alone = c.type === 'Place' ? CITY_AND_DISTRICT.exec(name)?.[1] : undefined;
  if (alone !== undefined) {
    const listed = lexicon.byName.get(alone);
    const short: Candidate = { ...c, key: alone, canonical: listed?.canonical ?? alone, global: listed?.global ?? false, source: listed ? 'lexicon' : c.source };
    return canonicalAndScope(short, doc, lexicon, globalPlaces, localPlaces);
  }
  if (c.global || c.type === 'Organization' || NATIONAL_PREFIX.test(name)) return { name, district: null };
  if (c.type === 'Place' && ADMINISTRATIVE_ENDING.test(name)) return { name, district: null };
  if (c.type === 'Place' && c.source !== 'lexicon' && !isLocalPlace(name, district, localPlaces)) return { name, district: null };
  // 广州市商务局, 十堰市人民政府: a name that starts with a city or province (a listed one, or the document's own city)
  // belongs to no one district.
  const wider = city ? [...globalPlaces, city] : globalPlaces;
  if (c.type !== 'Place' && wider.some((p) => name.startsWith(p)) && !(district && name.startsWith(district.replace(/区$/, '')))) {
    return { name, district: null };
  }
  return { name, district: district ?? null };
}

class UnionFind {
  private parent = new Map<string, string>();
  find(k: string): string {
    const p = this.parent.get(k);
    if (p === undefined || p === k) return k;
    const root = this.find(p);
    this.parent.set(k, root);
    return root;
  }
  /** Joins `from` into `into`; `into` stays the representative. */
  join(from: string, into: string): void {
    const a = this.find(from);
    const b = this.find(into);
    if (a !== b) this.parent.set(a, b);
  }
}

const groupKey = (type: EntityType, district: string | null, name: string) => `${type}|${district ?? '*'}|${name}`;

/** 琶洲试验区 → 琶洲人工智能与数字经济试验区 when that is the only longer name of the scope with its start and ending. */
function joinShortForms(groups: Map<string, Group>, uf: UnionFind): void {
  // Indexed by type, scope and first two characters, so each short name is compared with few long ones.
  const byHead = new Map<string, Group[]>();
  const headKey = (g: Group) => `${g.type}|${g.district ?? '*'}|${g.name.slice(0, 2)}`;
  for (const g of groups.values()) {
    const k = headKey(g);
    const list = byHead.get(k);
    if (list) list.push(g);
    else byHead.set(k, [g]);
  }
  for (const short of groups.values()) {
    const suffix = SUFFIXES_BY_LAST_CHAR.get(short.name.at(-1) ?? '')?.find((s) => short.name.endsWith(s));
    if (!suffix) continue;
    const head = short.name.slice(0, -suffix.length);
    if (head.length < 2) continue;
    // 广州市人民政府 is the city's government, not a short form of 广州市海珠区人民政府: an agency named after an
    // administrative unit is that unit's own.
    if (short.type === 'Agency' && ADMINISTRATIVE_HEAD.test(head)) continue;
    const longer = (byHead.get(headKey(short)) ?? []).filter(
      (g) => g.name.length > short.name.length && g.name.startsWith(head) && g.name.endsWith(suffix) && !/[—·]/.test(g.name),
    );
    if (longer.length === 1) uf.join(groupKey(short.type, short.district, short.name), groupKey(longer[0]!.type, longer[0]!.district, longer[0]!.name));
  }
}

// What a programme's or institution's full name may carry in front of the name a report also uses alone: its
// edition (第二届广州琶洲算法大赛), a country with its host city (中国(广州)国际投资年会).
const EDITION = /^第[0-9一二三四五六七八九十百]+届/;
const HOSTED_BY = /^\p{Script=Han}{2,3}\(\p{Script=Han}{2,4}\)/u;
const MIN_BARE_NAME = 4;

/** 中国(广州)国际投资年会 and 第二届广州琶洲算法大赛 are the 国际投资年会 and 广州琶洲算法大赛 a report names without the
 * front: joined to that name (of any scope: the event is one wherever it is named) when exactly one group holds it. */
function joinQualifiedForms(groups: Map<string, Group>, uf: UnionFind): void {
  const named = [...groups.values()].filter((g) => g.type === 'Project' || g.type === 'Organization');
  const byName = new Map<string, Group[]>();
  for (const g of named) {
    const key = `${g.type}|${g.name}`;
    const list = byName.get(key);
    if (list === undefined) byName.set(key, [g]);
    else list.push(g);
  }
  for (const g of named) {
    const bare = g.name.replace(EDITION, '').replace(HOSTED_BY, '');
    if (bare === g.name || bare.length < MIN_BARE_NAME) continue;
    const same = byName.get(`${g.type}|${bare}`) ?? [];
    if (same.length === 1) uf.join(groupKey(g.type, g.district, g.name), groupKey(same[0]!.type, same[0]!.district, same[0]!.name));
  }
}

export function resolveEntities(findings: DocumentFindings[], lexicon: Lexicon): ResolvedEntities {
  const { global: globalPlaces, local: localPlaces } = placeListsOf(lexicon);
  const groups = new Map<string, Group>();
  const keysOfMentions = new Map<string, string[]>();
  const uf = new UnionFind();
  const addGroup = (type: EntityType, district: string | null, name: string): Group => {
    const k = groupKey(type, district, name);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { type, district, name, surfaces: new Set(), mentions: [] }));
    return g;
  };

  for (const { doc, mentions } of findings) {
    const keys: string[] = [];
    for (const c of mentions) {
      const { name, district } = canonicalAndScope(c, doc, lexicon, globalPlaces, localPlaces);
      const g = addGroup(c.type, district, name);
      const text = doc.text.slice(c.start, c.end);
      g.surfaces.add(c.key);
      g.mentions.push({ documentId: doc.record.id, start: c.start, end: c.end, text });
      keys.push(groupKey(c.type, district, name));
    }
    keysOfMentions.set(doc.record.id, keys);
  }

  // Declared abbreviations bind within the declaring document's scope, whatever documents use them.
  for (const { doc, abbreviations } of findings) {
    for (const a of abbreviations) {
      const full = canonicalAndScope(a.full, doc, lexicon, globalPlaces, localPlaces);
      const fullKey = groupKey(a.full.type, full.district, full.name);
      for (const district of new Set([full.district, doc.record.district ?? null])) {
        const shortKey = groupKey(a.full.type, district, a.short);
        if (groups.has(shortKey) && shortKey !== fullKey) uf.join(shortKey, fullKey);
      }
    }
  }
  joinShortForms(groups, uf);
  joinQualifiedForms(groups, uf);

  const merged = new Map<string, Group>();
  for (const [k, g] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const root = uf.find(k);
    const r = groups.get(root)!;
    let m = merged.get(root);
    if (!m) merged.set(root, (m = { ...r, surfaces: new Set(), mentions: [] }));
    for (const s of g.surfaces) m.surfaces.add(s);
    m.surfaces.add(g.name);
    for (const mention of g.mentions) m.mentions.push(mention); // not push(...): a common name has more mentions than a call takes
  }

  const idOfRoot = new Map<string, string>();
  const entities: Entity[] = [];
  for (const [root, g] of merged) {
    const id = entityId(g.type, g.district, g.name);
    idOfRoot.set(root, id);
    const mentions = g.mentions.sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start));
    entities.push({ id, type: g.type, name: g.name, aliases: [...g.surfaces].filter((s) => s !== g.name).sort(), district: g.district, mentions });
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : 1));
  const entityIdOfMention = new Map<string, string[]>();
  for (const [docId, keys] of keysOfMentions) entityIdOfMention.set(docId, keys.map((k) => idOfRoot.get(uf.find(k))!));
  return { entities, entityIdOfMention };
}
