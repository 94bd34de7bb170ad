/**
 * For a command line that runs until Ctrl+C: the first SIGINT or SIGTERM aborts the signal it is given
 * (hand it to launchStack, which then stops everything it started). The handlers are removed at once, so
 * a second Ctrl+C ends the process the way Node does by default, for someone who won't wait.
 */
export function abortOnSignals(signals: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM']): AbortSignal {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    for (const name of signals) process.off(name, onSignal);
    controller.abort(new Error(`stopped by ${signal}`));
  };
  for (const name of signals) process.on(name, onSignal);
  return controller.signal;
}
