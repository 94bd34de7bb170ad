/**
 * Prints the README's "Fault lab" table, generated from the sources (src/playground/fault-lab/
 * readme-table.ts). `npm run fault-lab:table`; paste the output between the table markers in README.md
 * (tests/unit/fault-lab-readme.spec.ts fails while the README's copy differs).
 */
import { z } from 'zod';
import { faultLabTable } from '../src/playground/fault-lab/readme-table.ts';
import { parseScriptArgs } from './support/script-args.ts';

parseScriptArgs({
  usage: `npm run fault-lab:table    prints the README's "Fault lab" table (paste it between the table markers)`,
  options: {},
  schema: z.object({}).strict(),
});

console.log(faultLabTable());
