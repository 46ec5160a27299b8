// The banner's static import graph, as esbuild sees it in the packed files.
import { build } from 'esbuild';

/**
 * Bundles `entry` of the packed package with esbuild, packages left external, and walks the
 * modules it reaches: `staticGraph` through static imports only, `fullGraph` through import()
 * as well. Each maps a reached id to the chain of imports that led there.
 */
export async function importGraph(packageDir, entry) {
  const result = await build({
    absWorkingDir: packageDir,
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'graph-out',
    write: false,
    metafile: true,
    packages: 'external',
    logLevel: 'silent',
  });
  const { inputs } = result.metafile;
  /** Walks from `entry`; returns each reached id with the chain of imports that led there. */
  const walk = (followDynamic) => {
    const chains = new Map([[entry, [entry]]]);
    const queue = [entry];
    while (queue.length) {
      const id = queue.shift();
      for (const imported of inputs[id]?.imports ?? []) {
        const isStatic = imported.kind === 'import-statement' || imported.kind === 'require-call';
        if (!isStatic && !(followDynamic && imported.kind === 'dynamic-import')) continue;
        if (chains.has(imported.path)) continue;
        chains.set(imported.path, [...chains.get(id), imported.path]);
        if (!imported.external) queue.push(imported.path);
      }
    }
    return chains;
  };
  return { staticGraph: walk(false), fullGraph: walk(true) };
}
