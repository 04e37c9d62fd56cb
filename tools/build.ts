/**
 * The production build (`npm run build`): every app with a `src/main.ts` (and its `src/worker.ts`, when it has one)
 * becomes one JavaScript file per process, `dist/apps/<app>/main.js` and `dist/apps/<app>/worker.js`, run by plain
 * `node` with no transpiler.
 *
 * esbuild bundles the workspace's own code (the libs through their path aliases) and leaves every npm package to
 * node_modules. esbuild does not emit decorator metadata, which type-graphql and MikroORM read (`design:type`,
 * `design:paramtypes`), so each TypeScript file is first compiled by SWC, with the same settings Jest uses, to CommonJS:
 * the bundle then keeps Node's own module order, circular imports included, exactly as in development.
 *
 * Files found next to their module at run time (Nunjucks views, web assets, the supergraph) are copied into `dist/`
 * at the same relative place, and each bundled module's `__dirname` is its own directory there.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';
import { transform } from '@swc/core';
import type { Options as SwcOptions } from '@swc/core';

const ROOT = join(__dirname, '..');

/** As jest.preset.js: legacy decorators with their metadata, class fields assigned (not defined), class names kept. */
const SWC: SwcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

export interface BuildEntry {
  app: string;
  /** `main` or `worker`. */
  name: string;
  source: string;
}

/** Every app with a main.ts (so an app added later is built without being listed), and its worker. */
export function buildEntries(root = ROOT): BuildEntry[] {
  const apps = join(root, 'apps');
  return readdirSync(apps)
    .filter((app) => existsSync(join(apps, app, 'src', 'main.ts')))
    .sort()
    .flatMap((app) =>
      ['main', 'worker']
        .filter((name) => existsSync(join(apps, app, 'src', `${name}.ts`)))
        .map((name) => ({ app, name, source: join('apps', app, 'src', `${name}.ts`) })),
    );
}

const posix = (p: string) => p.split(sep).join('/');

/** SWC per TypeScript file of the workspace; `__dirname` made the file's own directory under dist/. */
function swcPlugin(root: string): Plugin {
  return {
    name: 'swc-decorator-metadata',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const source = readFileSync(args.path, 'utf8');
        const { code } = await transform(source, { ...SWC, filename: args.path });
        const dir = posix(relative(root, dirname(args.path)));
        const prelude = /\b__(dirname|filename)\b/.test(source)
          ? `var __dirname = __redressDir(${JSON.stringify(dir)}); var __filename = require("node:path").join(__dirname, ${JSON.stringify(
              basename(args.path).replace(/\.ts$/, '.js'),
            )});\n`
          : '';
        return { contents: prelude + code, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  };
}

/**
 * What is read from disk next to the code at run time: every file under an app's or a lib's src/ that is not TypeScript,
 * and each app's own *.graphql (the gateway's supergraph).
 */
function copyAssets(root: string, out: string): number {
  let copied = 0;
  const copyTree = (from: string) => {
    for (const name of readdirSync(from)) {
      const path = join(from, name);
      if (statSync(path).isDirectory()) copyTree(path);
      else if (!name.endsWith('.ts')) {
        const to = join(out, relative(root, path));
        mkdirSync(dirname(to), { recursive: true });
        cpSync(path, to);
        copied += 1;
      }
    }
  };
  for (const group of ['apps', 'libs']) {
    for (const project of readdirSync(join(root, group))) {
      const dir = join(root, group, project);
      if (existsSync(join(dir, 'src'))) copyTree(join(dir, 'src'));
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.graphql'))) {
        mkdirSync(join(out, group, project), { recursive: true });
        cpSync(join(dir, name), join(out, group, project, name));
        copied += 1;
      }
    }
  }
  return copied;
}

export interface BuildResult {
  outDir: string;
  entries: BuildEntry[];
  assets: number;
  ms: number;
}

/** Builds every app (or those named) into `outDir` (dist/ by default), replacing what was there. */
export async function buildAll(options: { root?: string; outDir?: string; apps?: readonly string[] } = {}): Promise<BuildResult> {
  const started = Date.now();
  const root = options.root ?? ROOT;
  const outDir = options.outDir ?? join(root, 'dist');
  const entries = buildEntries(root).filter((e) => !options.apps || options.apps.includes(e.app));
  if (!entries.length) throw new Error(`no app to build${options.apps ? ` among ${options.apps.join(', ')}` : ''}`);
  // Building some apps (an Nx project's build target) replaces only theirs.
  const stale = options.apps ? [...new Set(entries.map((e) => join(outDir, 'apps', e.app)))] : [outDir];
  for (const dir of stale) rmSync(dir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(entries.map((e) => [`apps/${e.app}/${e.name}`, e.source])),
    outdir: outDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // npm packages stay in node_modules; the workspace's own (@redress/*, tsconfig paths) are bundled.
    packages: 'external',
    tsconfig: join(root, 'tsconfig.base.json'),
    keepNames: true,
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
    plugins: [swcPlugin(root)],
    banner: {
      js: [
        '"use strict";',
        // Dates are computed in UTC; Europe/London only inside the policy core's calendar (as `npm start` and the tests run).
        'if (!process.env.TZ) process.env.TZ = "UTC";',
        'const __redressDir = (rel) => require("node:path").join(__dirname, "..", "..", rel);',
      ].join('\n'),
    },
  });
  const assets = copyAssets(root, outDir);
  return { outDir, entries, assets, ms: Date.now() - started };
}

if (require.main === module) {
  const apps = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  buildAll({ apps: apps.length ? apps : undefined })
    .then(({ outDir, entries, assets, ms }) => {
      for (const e of entries) console.log(`[build] ${posix(relative(ROOT, join(outDir, 'apps', e.app, `${e.name}.js`)))}`);
      console.log(`[build] ${entries.length} processes and ${assets} asset files in ${posix(relative(ROOT, outDir)) || '.'} (${ms} ms)`);
    })
    .catch((err: Error) => {
      console.error(`[build] failed: ${err.message}`);
      process.exit(1);
    });
}
