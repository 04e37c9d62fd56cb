import { loadConfig, signDevToken } from '@redress/platform';
import { STAFF_SEED } from '@redress/casework';

// usage: npm run token -- <staff id>      e.g. npm run token -- hart-officer
// Prints an HS256 development token signed with JWT_SECRET (or the development default).
async function main(): Promise<void> {
  const id = process.argv[2];
  const staff = STAFF_SEED.find((s) => s.id === id);
  if (!staff) {
    const width = Math.max(...STAFF_SEED.map((s) => s.id.length)) + 2;
    const seeded = STAFF_SEED.map((s) => `  ${s.id.padEnd(width)} ${s.name} (${s.roles.join(', ')}): ${s.post}`).join('\n');
    console.error(`usage: npm run token -- <staff id>\nseeded staff:\n${seeded}`);
    process.exit(1);
  }
  const config = loadConfig('gateway');
  console.log(await signDevToken({ sub: staff.id, name: staff.name, roles: staff.roles, council: staff.council }, config.jwtSecret));
}

void main();
