// The help text, generated from the command table so it cannot drift from what the CLI accepts.
import { usageOf, type Command } from './commands/command.js';
import { renderTable } from './format/table.js';

export const PROGRAM = 'cassandra-mesos';

export function commandList(commands: readonly Command[]): string {
  return renderTable(
    [{ header: '' }, { header: '' }],
    commands.map((c) => [`  ${usageOf(c)}`, c.summary]),
  )
    .split('\n')
    .slice(1)
    .join('\n');
}

export function helpText(commands: readonly Command[]): string {
  return `usage: ${PROGRAM} [options] <command> [args]
       ${PROGRAM}            (no command, on a terminal: the REPL; also \`${PROGRAM} repl\`)

Operates one Cassandra ring through its scheduler's REST API.

commands:
${commandList(commands)}

options:
  --json             print the API's JSON (pretty) instead of tables
  --url <url>        the scheduler's API (env CMF_API_URL; default http://127.0.0.1:8080)
  --token <token>    bearer token for changes (env CMF_API_TOKEN, else API_TOKEN)
  --timeout <s>      give up on an unanswered call after this many seconds (default 10)
  -h, --help         this text
  --version          the CLI's version

exit codes:
  0  done
  1  the scheduler said no (4xx, its message printed), or a proposed config is invalid
  2  usage error (unknown command, missing argument, unreadable file)
  3  the scheduler cannot be reached
  4  the scheduler failed (5xx, or an answer that is not JSON)
`;
}
