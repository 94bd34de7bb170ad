import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/**
 * Asks for a secret on a terminal without echoing it: readline writes the typed characters to a stream
 * that discards them, while the question itself goes to stderr (stdout stays clean for --json).
 */
export async function promptHidden(question: string): Promise<string> {
  process.stderr.write(question);
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  const readline = createInterface({ input: process.stdin, output: discard, terminal: true });
  try {
    return await new Promise<string>((resolve) => readline.question('', resolve));
  } finally {
    readline.close();
    process.stderr.write('\n');
  }
}
