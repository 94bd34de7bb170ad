/**
 * The README's "Fault lab" table, generated from the catalogue (src/lib/fault-lab.ts), the scenarios'
 * diagnoses (./scenarios.ts) and their English names, so a reader can copy any row into the playground
 * and see that diagnosis. `npm run fault-lab:table` prints it; a unit test fails when the README's copy
 * differs.
 */
import { faultScenarioApp, type FaultScenarioId } from '../../lib/fault-lab.ts';
import { sightsNaming } from '../../diagnosis/observations.ts';
import { scenarioText } from './strings.ts';
import { failingScenarioIds, neverComesBack, scenarioMeanings, scenarioStep } from './scenarios.ts';

/** The markers around the table in README.md: everything between them is replaced by the generated table. */
export const TABLE_START = '<!-- fault-lab-table:start (npm run fault-lab:table) -->';
export const TABLE_END = '<!-- fault-lab-table:end -->';

/** What the reader does after choosing the scenario, in the README's English. */
function whatTheReaderDoes(id: FaultScenarioId): string {
  const { naverAction, preflight } = scenarioMeanings[id];
  const comeBack = neverComesBack(id) ? ', then come back to the playground and pick what you saw' : '';
  switch (naverAction) {
    case 'none':
      return neverComesBack(id)
        ? 'Sign in: Naver shows its error page; then come back to the playground and pick what you saw'
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

/**
 * How the playground learns the scenario's cause, from the tables: Run checks (the preflight sees it),
 * the callback (the browser comes back with something to check), or, for a sign-in that never comes
 * back, what the reader saw (a sight of src/diagnosis/observations.ts names the cause) — as for any tenant.
 */
export function howThePlaygroundKnows(id: FaultScenarioId): string[] {
  const { diagnosis, preflight, naverAction } = scenarioMeanings[id];
  const ways: string[] = [];
  if (preflight) ways.push('preflight');
  // A sign-in the pre-checks stop before Naver never reaches the callback: the preflight is how.
  const stoppedBeforeNaver = preflight && naverAction === 'none';
  if (!neverComesBack(id) && !stoppedBeforeNaver) ways.push('callback');
  else if (diagnosis !== null && sightsNaming(diagnosis).length > 0) ways.push('what you saw');
  return ways;
}

export function faultLabTable(): string {
  const rows = failingScenarioIds().map((id) => {
    const { appId, appSecret } = faultScenarioApp(id);
    return `| ${scenarioText('en', id).name} | \`${appId}\` | \`${appSecret}\` | \`${scenarioStep(id)}\` | ${whatTheReaderDoes(id)} | ${howThePlaygroundKnows(id).join(', ')} |`;
  });
  return [
    '| Scenario | App ID | App secret | Guide step | What the reader does | How the playground knows |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The table as README.md has it between the markers, or `undefined` when the markers are missing. */
export function tableInReadme(readme: string): string | undefined {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start === -1 || end < start) return undefined;
  return readme.slice(start + TABLE_START.length, end).trim();
}
