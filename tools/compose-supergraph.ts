import { composeSupergraph, readCheckedInSupergraph, SUPERGRAPH_PATH, writeSupergraph } from './supergraph';

// usage: npm run compose            (writes apps/gateway/supergraph.graphql)
//        npm run compose -- --check (exits 1 when the checked-in file is stale)
async function main(): Promise<void> {
  const sdl = await composeSupergraph();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readCheckedInSupergraph();
    } catch {
      /* missing counts as stale */
    }
    if (current !== sdl) {
      console.error(`${SUPERGRAPH_PATH} is stale: run \`npm run compose\` and commit it.`);
      process.exit(1);
    }
    console.log('supergraph is current');
    return;
  }
  writeSupergraph(sdl);
  console.log(`wrote ${SUPERGRAPH_PATH}`);
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
