// `npm run bench`: runs each bench part and prints its table; a part is an exported function so
// more (e.g. the queue) can be added to PARTS.
import { cpus, totalmem } from 'node:os';
import { findAppRoot } from '../../main/shared/install-locations';
import { hubBench } from './hub';
import { imeBench } from './ime';
import { journeyBench } from './journey';
import { queueBench } from './queue';
import { receiptsBench } from './receipts';

const PARTS: Record<string, (root: string) => Promise<{ table: string }>> = {
  receipts: receiptsBench,
  queue: queueBench,
  ime: imeBench,
  hub: hubBench,
  journey: journeyBench,
};

async function main(only: string[]) {
  const root = findAppRoot(__dirname);
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}\n`);
  for (const [name, part] of Object.entries(PARTS)) {
    if (only.length && !only.includes(name)) continue;
    console.log(`## ${name}\n\n${(await part(root)).table}\n`);
  }
}

void main(process.argv.slice(2));
