/**
 * The README's "Fault lab" table, generated from the catalogue (src/lib/fault-lab.ts), the scenarios'
 * diagnoses (./scenarios.ts) and their English names, so a reader can copy any row into the playground
 * and see that diagnosis. `npm run fault-lab:table` prints it; a unit test fails when the README's copy
 * differs.
 */
import { faultScenarioApp, type FaultScenarioId } from '../../lib/fault-lab.ts';
import { scenarioText } from './strings.ts';
import { failingScenarioIds, neverComesBack, scenarioMeanings, scenarioStep } from './scenarios.ts';

/** The markers around the table in README.md: everything between them is replaced by the generated table. */
export const TABLE_START = '<!-- fault-lab-table:start (npm run fault-lab:table) -->';
export const TABLE_END = '<!-- fault-lab-table:end -->';

/** What the reader does after choosing the scenario, in the README's English. */
function whatTheReaderDoes(id: FaultScenarioId): string {
  const { naverAction, preflight } = scenarioMeanings[id];
  const comeBack = neverComesBack(id) ? ', then come back to the playground' : '';
  switch (naverAction) {
    case 'none':
      return neverComesBack(id)
        ? 'Sign in: Naver shows its error page; then come back to the playground'
        : `${preflight ? 'Run checks, or ' : ''}Sign in (the playground stops before Naver)`;
    case 'agree':
      return `${preflight ? 'Run checks, or ' : ''}Sign in, agree at Naver${comeBack}`;
    case 'cancel':
      return `Sign in, press **취소** (cancel) at Naver${comeBack}`;
    case 'untick-email':
      return `Sign in, untick **이메일 주소** (email address) at Naver, then press 동의하기 (agree)${comeBack}`;
    case 'pick-non-member':
      return `Sign in, choose a test account marked **멤버 아님** (not a member) at Naver${comeBack}`;
  }
}

export function faultLabTable(): string {
  const rows = failingScenarioIds().map((id) => {
    const { appId, appSecret } = faultScenarioApp(id);
    return `| ${scenarioText('en', id).name} | \`${appId}\` | \`${appSecret}\` | \`${scenarioStep(id)}\` | ${whatTheReaderDoes(id)} |`;
  });
  return ['| Scenario | App ID | App secret | Guide step | What the reader does |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/** The table as README.md has it between the markers, or `undefined` when the markers are missing. */
export function tableInReadme(readme: string): string | undefined {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start === -1 || end < start) return undefined;
  return readme.slice(start + TABLE_START.length, end).trim();
}
