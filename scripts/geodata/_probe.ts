import { gmtCoastDump } from "./gmt.js";
const segs = gmtCoastDump([43.4, 38.3, 50.6, 41.95], ["-I1", "-I2", "-I3"]);
const levels = new Map<string, number>();
for (const s of segs) levels.set(s.header.replace(/Bin # \d+, /, ""), (levels.get(s.header.replace(/Bin # \d+, /, "")) ?? 0) + 1);
console.log(levels);
const lakes = gmtCoastDump([43.4, 38.3, 50.6, 41.95], ["-W2/0.1p", "-A0/2/2"]);
const l2 = new Map<string, number>();
for (const s of lakes) l2.set(s.header.replace(/Bin # \d+, /, ""), (l2.get(s.header.replace(/Bin # \d+, /, "")) ?? 0) + 1);
console.log(l2);
