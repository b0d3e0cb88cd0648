// Places within places: sets `parentId` of every Place entity to the place it lies in (a street, village, road or
// local park → its district; a district → its city; a city → its province), from the entities' own names and scope,
// the documents' city and district, and the lexicons' `within` column. Pure; never invents a place: a parent is set
// only when that place is itself among the entities, else parentId is null.
import type { DocumentRecord, Entity } from '../../src/model.js';
import type { Lexicon } from './lexicon.js';

const CHAIN_HEAD = /[省市]$/;

/** 贵州省福泉市 → 贵州省, 广州市海珠区 → 广州市: the longest leading province or city that is itself a place. */
function chainedParent(name: string, placeIdByName: Map<string, string>): string | null {
  for (let end = name.length - 2; end >= 2; end--) {
    const head = name.slice(0, end);
    if (CHAIN_HEAD.test(head) && placeIdByName.has(head)) return head;
  }
  return null;
}

export function linkPlaceParents(entities: Entity[], documents: DocumentRecord[], lexicon: Lexicon): void {
  const places = entities.filter((e) => e.type === 'Place');
  // Parents are places of no single district: districts, cities, provinces.
  const placeIdByName = new Map(places.filter((e) => e.district === null).map((e) => [e.name, e.id]));
  const container = new Map<string, string>();
  for (const d of documents) if (d.district && d.city && d.district !== d.city) container.set(d.district, d.city);
  for (const entry of lexicon.entries) if (entry.type === 'Place' && entry.within && !container.has(entry.canonical)) container.set(entry.canonical, entry.within);
  for (const e of places) {
    const parentName = e.district !== null && e.district !== e.name ? e.district : (container.get(e.name) ?? chainedParent(e.name, placeIdByName));
    const parentId = parentName === null ? undefined : placeIdByName.get(parentName);
    e.parentId = parentId !== undefined && parentId !== e.id ? parentId : null;
  }
}
