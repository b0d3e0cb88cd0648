// The prefecture-level city of a district, county or banner, from the national list of divisions
// (data/divisions/districts.tsv): a report often names only its own district (汉滨区2025年政府工作报告, 在浮山县第十六届
// 人民代表大会…) and never the city it belongs to. Read once per process; the lookup is pure.
import { readFileSync } from 'node:fs';

const DIVISIONS_FILE = new URL('../../data/divisions/districts.tsv', import.meta.url).pathname;

interface Division {
  city: string;
  province: string;
}

let byName: Map<string, Division[]> | null = null;

/** District name → every division of that name (鼓楼区 is in 南京市, 徐州市, 福州市 and 开封市). */
export function parseDivisions(tsv: string): Map<string, Division[]> {
  const map = new Map<string, Division[]>();
  for (const line of tsv.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [name = '', city = '', province = ''] = line.split('\t');
    const list = map.get(name);
    if (list === undefined) map.set(name, [{ city, province }]);
    else list.push({ city, province });
  }
  return map;
}

/**
 * The city `district` lies in: the only one of that name, or the one whose city or province `text` names when
 * several share the name; null when the list does not hold it or the text does not say which.
 */
export function cityOfDistrict(district: string, text: string, divisions: ReadonlyMap<string, Division[]> = defaultDivisions()): string | null {
  const candidates = divisions.get(district) ?? autonomousCounty(district, divisions);
  if (candidates.length === 1) return candidates[0]!.city;
  const named = candidates.filter((d) => text.includes(d.city) || text.includes(d.province));
  return named.length === 1 ? named[0]!.city : null;
}

/** Whether the national list holds a district, county or banner of this name. */
export function isListedDivision(name: string, divisions: ReadonlyMap<string, Division[]> = defaultDivisions()): boolean {
  return divisions.has(name);
}

/** The province of a prefecture-level city (合肥市 → 安徽省), from the same list; null when it does not hold the city. */
export function provinceOfCity(city: string, divisions: ReadonlyMap<string, Division[]> = defaultDivisions()): string | null {
  provinceByCity ??= new Map([...divisions.values()].flat().map((d) => [d.city, d.province]));
  return provinceByCity.get(city) ?? null;
}

let provinceByCity: Map<string, string> | null = null;

/** An autonomous county written short (镇沅县 for 镇沅彝族哈尼族拉祜族自治县): the listed ones its name begins. */
function autonomousCounty(district: string, divisions: ReadonlyMap<string, Division[]>): Division[] {
  const stem = district.slice(0, -1);
  if (!district.endsWith('县') || stem.length < 2) return [];
  return [...divisions].filter(([name]) => name.startsWith(stem) && name.endsWith('自治县')).flatMap(([, list]) => list);
}

function defaultDivisions(): Map<string, Division[]> {
  byName ??= parseDivisions(readFileSync(DIVISIONS_FILE, 'utf8'));
  return byName;
}
