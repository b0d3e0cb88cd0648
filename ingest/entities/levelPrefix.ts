// A report names its own governments by level alone: 区委, 市政府, 省委, 市商务局. Which district, city or province
// that is depends on the report: 市委 in a Guangzhou report is 中共广州市委, in a Shiyan report 中共十堰市委. Such
// a name is written out for the document, and a name whose level the document never resolves (a city report's
// 省委 when neither the lexicon nor the text says which province) gives no entity: a wrong government misleads
// more than a missing one.
import type { ReadDocument } from '../readDocument.js';
import type { Lexicon } from './lexicon.js';
import { provinceOfCity } from '../metadata/cityOfDistrict.js';

/** A leading level character, after an optional 中共; not the first character of a word (市场监管局, 区域, 省级,
 * 县城). */
const LEVEL_NAME = /^(中共)?([区市省](?![场民容域级内外际])|[县旗州盟](?![域级城乡际]))(.+)$/;
/** Bodies of the Communist Party named by their level (广州市委, 海珠区委) are written 中共…委 everywhere. */
const PARTY_COMMITTEE = /^(?!中共)(.+[省市区县旗州盟])委$/;

const provinces = new WeakMap<ReadDocument, string | null>();

/** The document's province: the lexicon's parent of its city (广州市 → 广东省), else the national list's (合肥市 →
 * 安徽省), else one the text puts right before the city (湖北省十堰市). */
function provinceOf(doc: ReadDocument, lexicon: Lexicon): string | null {
  if (provinces.has(doc)) return provinces.get(doc)!;
  const { city } = doc.record;
  let province: string | null = null;
  if (city) {
    province = lexicon.byName.get(city)?.within ?? provinceOfCity(city);
    province ??= new RegExp(`([\\u4e00-\\u9fff]{2,3}省)${city}`).exec(doc.matchText)?.[1] ?? null;
  }
  provinces.set(doc, province);
  return province;
}

/** The document's own unit at a level: 区 → 广州市海珠区, 市 → 广州市, 省 → 广东省, and 县 → 运城市夏县 in a county's
 * report (旗 in a banner's); null when it does not say (县 in a district's report is some county it does not name). */
function unitOf(level: string, doc: ReadDocument, lexicon: Lexicon): string | null {
  const { city, district } = doc.record;
  const own = district ? `${city && !district.startsWith(city) ? city : ''}${district}` : null;
  if (level === '区') return own;
  if (level === '县' || level === '旗') return district?.endsWith(level) ? own : null;
  // An autonomous prefecture (黔东南苗族侗族自治州) or a league (锡林郭勒盟) is the city level of its counties' reports.
  if (level === '州' || level === '盟') return city?.endsWith(level) ? city : null;
  // A county-level city's report (青州市, under 潍坊市) means itself by 市 (市人大, 市政府).
  if (level === '市') return district?.endsWith('市') ? own : (city ?? null);
  return provinceOf(doc, lexicon);
}

/** An agency's name written out for its document (市商务局 → 广州市商务局, 区委 and 海珠区委 → 中共广州市海珠区委);
 * the name itself when it names no level; null when the document does not say which unit its level means. */
export function expandAgencyName(name: string, doc: ReadDocument, lexicon: Lexicon): string | null {
  let full = name;
  const { city, district } = doc.record;
  const m = LEVEL_NAME.exec(name);
  // 海珠区人民政府 is the 广州市海珠区人民政府 that 区政府 stands for: one name for the district's own bodies.
  if (city && district && !district.startsWith(city) && name.startsWith(district)) full = `${city}${name}`;
  else if (m) {
    const unit = unitOf(m[2]!, doc, lexicon);
    if (unit === null) return null;
    full = `${m[1] ?? ''}${unit}${m[3]}`;
  }
  const party = PARTY_COMMITTEE.exec(full);
  return party ? `中共${party[1]}委` : full;
}
