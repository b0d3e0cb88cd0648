#!/usr/bin/env node
// Runs the TypeScript CLI (src/cli/main.ts) straight after `npm install`, with no build step. The sources are
// bundled by esbuild into node_modules/.cache/pledgegraph/cli/ on the first run, and again whenever one of them
// changes (every start hashes the bundled sources, a few milliseconds): transpiling some eighty files through tsx
// at every start took about a second. Packages stay outside the bundle and resolve from node_modules as usual.
// Where esbuild cannot bundle or the cache cannot be written, the sources run through tsx as before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = path.join(ROOT, 'src', 'cli', 'main.ts');
const CACHE = path.join(ROOT, 'node_modules', '.cache', 'pledgegraph', 'cli');
const MANIFEST = path.join(CACHE, 'manifest.json');
/** Bumped whenever the bundle options below change, so that a bundle made with older ones is rebuilt. */
const FORMAT = 1;
// Older builds are removed, but not the few latest, nor any younger than a day: a process started on one may still
// load its chunks.
const KEPT_BUILDS = 3;
const STALE_BUILD_MS = 24 * 60 * 60 * 1000;

const hashFile = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The bundle's entry when the manifest's sources are all unchanged, else null. */
function currentBundle() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return null;
  }
  // The bundle holds the sources' absolute locations (see keepModuleUrls): a moved checkout rebuilds it.
  if (manifest.format !== FORMAT || manifest.root !== ROOT || typeof manifest.build !== 'string') return null;
  for (const [file, hash] of Object.entries(manifest.inputs)) {
    try {
      if (hashFile(path.join(ROOT, file)) !== hash) return null;
    } catch {
      return null; // a source was removed
    }
  }
  const entry = path.join(CACHE, manifest.build, 'main.js');
  return existsSync(entry) ? entry : null;
}

// Each module keeps its own location: import.meta.url would otherwise be the bundle's, and the paths built from it
// (the project root, the lexicons, pdf.js's files) would point into the cache.
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

/** Bundles the CLI into a new build folder, records it in the manifest and returns its entry. */
async function bundle() {
  const { build } = await import('esbuild');
  mkdirSync(CACHE, { recursive: true });
  const partial = path.join(CACHE, `partial-${process.pid}-${Date.now()}`);
  try {
    const result = await build({
      absWorkingDir: ROOT,
      entryPoints: { main: ENTRY },
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      // Commands import the database and server modules only when they run; splitting keeps those (and the packages
      // they import) in chunks loaded then, rather than at every start.
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      outdir: partial,
      metafile: true,
      logLevel: 'silent',
      plugins: [keepModuleUrls],
    });
    const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).map((file) => [file, hashFile(path.join(ROOT, file))]));
    const buildName = `build-${createHash('sha256').update(ROOT).update(JSON.stringify(inputs)).digest('hex').slice(0, 16)}`;
    const done = path.join(CACHE, buildName);
    // Renamed into place whole, so a concurrent start sees a complete build or none; one made meanwhile is as good.
    if (existsSync(done)) rmSync(partial, { recursive: true, force: true });
    else renameSync(partial, done);
    const manifestPartial = `${MANIFEST}.${process.pid}`;
    writeFileSync(manifestPartial, JSON.stringify({ format: FORMAT, root: ROOT, build: buildName, inputs }, null, 1));
    renameSync(manifestPartial, MANIFEST);
    removeStaleBuilds(buildName);
    return path.join(done, 'main.js');
  } catch (e) {
    rmSync(partial, { recursive: true, force: true });
    throw e;
  }
}

function removeStaleBuilds(current) {
  const now = Date.now();
  const others = [];
  for (const name of readdirSync(CACHE)) {
    if (name === current || name === 'manifest.json' || name.startsWith('manifest.json.')) continue;
    try {
      others.push({ dir: path.join(CACHE, name), mtimeMs: statSync(path.join(CACHE, name)).mtimeMs });
    } catch {
      // removed by another start meanwhile
    }
  }
  others.sort((a, b) => b.mtimeMs - a.mtimeMs);
  let builds = 0;
  for (const { dir, mtimeMs } of others) {
    // A partial build may be another start's, still being written: only an old one is abandoned.
    const isBuild = path.basename(dir).startsWith('build-');
    if (now - mtimeMs > STALE_BUILD_MS || (isBuild && ++builds > KEPT_BUILDS)) rmSync(dir, { recursive: true, force: true });
  }
}

let entry = null;
try {
  entry = currentBundle() ?? (await bundle());
} catch {
  entry = null; // no esbuild, or a read-only install: run the sources through tsx
}
if (entry) {
  await import(pathToFileURL(entry).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(ENTRY).href);
}
