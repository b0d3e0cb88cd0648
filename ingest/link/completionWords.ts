// Whether an achievement says a thing is finished (建成, 完成, 通车 …) or only that work went on. Words of partial
// or pending progress (基本, 加快, 推进中, 未) win over completion words, because 基本建成 and 尚未完成 are not done.
const DONE = /建成|完成|实现|达到|达成|竣工|通车|投产|投用|开业|开馆|落成|贯通|拉通|揭牌|挂牌|获批|超额|提前/;
const NOT_YET = /基本(建成|完成)|尚未|未能|未完成|未实现|加快|正在|推进中|有序推进|持续推进/;

export function isWordedAsDone(matchText: string): boolean {
  return DONE.test(matchText) && !NOT_YET.test(matchText);
}
