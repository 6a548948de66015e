// Times Node's smol-toml on one file: read once, parse from memory RUNS times after a warm-up; prints the median ms.
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';

const [, , path, runsArg] = process.argv;
const runs = runsArg ? Number(runsArg) : 30;
const text = readFileSync(path, 'utf8');
for (let i = 0; i < 5; i++) parse(text);
const times = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  parse(text);
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
console.log(times[Math.floor(times.length / 2)].toFixed(3));
