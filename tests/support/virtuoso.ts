// Starts a real Virtuoso graph server for the tests: loopback only, free ports, a throwaway database folder with its
// own virtuoso.ini, the SPARQL endpoint open to the tests' page (CORS); loads Turtle into named graphs; stops and
// deletes everything afterwards, also when starting fails.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { isqlPathFor, resolveVirtuosoPath } from '../../scripts/virtuoso-path.ts';

/** A first start creates the database files: about 3 s on the 2-core machine; a busy machine may need much longer. */
const START_TIMEOUT_MS = 90_000;
const STOP_GRACE_MS = 3_000;

export interface VirtuosoServer {
  /** The SPARQL 1.1 Protocol endpoint, like http://127.0.0.1:40123/sparql. */
  readonly endpoint: string;
  /** How long starting took, until the endpoint answered (ms). */
  readonly startMs: number;
  /** Loads a Turtle or N-Triples file (gzipped too) into a named graph; resolves with how long it took (ms). */
  load(file: string, graph: string): Promise<number>;
  /** Stops the server and deletes its database folder; safe to call twice. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** The origin the endpoint allows cross-origin requests from; `*` (the default) allows any. */
  corsOrigin?: string;
}

/** The virtuoso-t and isql-vt to use, or why there are none (the tests then skip, except in CI). */
export function findVirtuoso(): { server: string; isql: string } | { missing: string } {
  const lookup = { env: process.env, exists: existsSync };
  try {
    const server = resolveVirtuosoPath(lookup);
    const isql = isqlPathFor(server, lookup);
    return isql ? { server, isql } : { missing: `Virtuoso's isql-vt was not found next to ${server}.` };
  } catch (error) {
    return { missing: error instanceof Error ? error.message : String(error) };
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

function configuration(folder: string, sqlPort: number, httpPort: number): string {
  return `[Database]
DatabaseFile = ${folder}/virtuoso.db
ErrorLogFile = ${folder}/virtuoso.log
LockFile = ${folder}/virtuoso.lck
TransactionFile = ${folder}/virtuoso.trx
xa_persistent_file = ${folder}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = ${folder}/virtuoso-temp.db
TransactionFile = ${folder}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:${sqlPort}
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = ., ${folder}
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
ThreadsPerQuery = 2
AsyncQueueMaxThreads = 4
CaseMode = 2

[HTTPServer]
ServerPort = 127.0.0.1:${httpPort}
ServerRoot = ${folder}
ServerThreads = 6
MaxClientConnections = 6
MaxKeepAlives = 6
KeepAliveTimeout = 10
Charset = UTF-8
EnabledGzipContent = 0

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 60
`;
}

/** Runs SQL through isql-vt and returns what it printed; throws with Virtuoso's own words when a statement fails. */
function sql(isql: string, sqlPort: number, statements: string): string {
  const result = spawnSync(isql, [`127.0.0.1:${sqlPort}`, 'dba', 'dba', `exec=${statements}`], {
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0 || /\*\*\* Error/.test(output))
    throw new Error(
      `Virtuoso refused "${statements.slice(0, 120)}…": ${output.trim().split('\n').slice(-4).join(' ')}`,
    );
  return output;
}

async function answers(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(`${endpoint}?query=${encodeURIComponent('ASK {}')}`, {
      headers: { accept: 'application/sparql-results+json' },
      signal: AbortSignal.timeout(2_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Starts a Virtuoso of its own for the tests; throws (having cleaned up) when it does not come up in time. */
export async function startVirtuoso(options: StartOptions = {}): Promise<VirtuosoServer> {
  const found = findVirtuoso();
  if ('missing' in found) throw new Error(found.missing);
  const folder = mkdtempSync(join(tmpdir(), 'atlas-virtuoso-'));
  const [sqlPort, httpPort] = [await freePort(), await freePort()];
  writeFileSync(join(folder, 'virtuoso.ini'), configuration(folder, sqlPort, httpPort));
  const endpoint = `http://127.0.0.1:${httpPort}/sparql`;
  const started = performance.now();
  let child: ChildProcess | undefined = spawn(found.server, ['+foreground', '+configfile', 'virtuoso.ini'], {
    cwd: folder,
    stdio: 'ignore',
  });
  let exited = false;
  child.once('exit', () => (exited = true));
  const killOnExit = () => child?.kill('SIGKILL');
  process.once('exit', killOnExit);

  async function stop(): Promise<void> {
    const running = child;
    child = undefined;
    process.removeListener('exit', killOnExit);
    if (running && !exited) {
      const gone = new Promise((done) => running.once('exit', done));
      running.kill('SIGTERM');
      const timer = setTimeout(() => running.kill('SIGKILL'), STOP_GRACE_MS);
      await gone;
      clearTimeout(timer);
    }
    rmSync(folder, { recursive: true, force: true });
  }

  try {
    while (!(await answers(endpoint))) {
      if (exited) throw new Error(`Virtuoso stopped while starting: ${logTail(folder)}`);
      if (performance.now() - started > START_TIMEOUT_MS)
        throw new Error(`Virtuoso did not answer within ${START_TIMEOUT_MS / 1000} s: ${logTail(folder)}`);
      await new Promise((done) => setTimeout(done, 100));
    }
    const startMs = performance.now() - started;
    // The /sparql virtual directory as Virtuoso defines it, plus its CORS option (Virtuoso 6.1.3 and later).
    sql(
      found.isql,
      sqlPort,
      `DB.DBA.VHOST_REMOVE(lpath=>'/sparql'); DB.DBA.VHOST_DEFINE(lpath=>'/sparql', ppath=>'/!sparql/', ` +
        `is_dav=>1, vsp_user=>'dba', opts=>vector('noinherit', 1, 'cors', ${sqlString(options.corsOrigin ?? '*')}, 'cors_restricted', 0));`,
    );
    const load = async (file: string, graph: string): Promise<number> => {
      const began = performance.now();
      // The bulk loader reads only from DirsAllowed: the database folder.
      const copy = join(folder, `load-${Date.now()}-${basename(file)}`);
      copyFileSync(resolve(file), copy);
      sql(
        found.isql,
        sqlPort,
        `ld_dir(${sqlString(dirname(copy))}, ${sqlString(basename(copy))}, ${sqlString(graph)}); rdf_loader_run(); checkpoint;`,
      );
      const errors = sql(
        found.isql,
        sqlPort,
        `SELECT 'errors:', COUNT(*), MAX(ll_error) FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;`,
      );
      if (!/errors:\s+0\b/.test(errors)) throw new Error(`Virtuoso could not load ${file}: ${errors.trim()}`);
      rmSync(copy, { force: true });
      return performance.now() - began;
    };
    return { endpoint, startMs, load, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function logTail(folder: string): string {
  try {
    return readFileSync(join(folder, 'virtuoso.log'), 'utf8').trim().split('\n').slice(-5).join(' | ');
  } catch {
    return 'no log was written.';
  }
}
