import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const specsDir = fileURLToPath(new URL('../../../fixtures/specs/', import.meta.url));
const seedsDir = fileURLToPath(new URL('../../../../seeds/', import.meta.url));

export function readSpecFixture(name: string): string {
  return readFileSync(specsDir + name, 'utf8');
}

/** Every hand-written fixture and every seed, as [name, text]. */
export function allSpecTexts(): [string, string][] {
  const specs = readdirSync(specsDir).map((name): [string, string] => [name, readFileSync(specsDir + name, 'utf8')]);
  const seeds = readdirSync(seedsDir).map((name): [string, string] => [
    `seeds/${name}`,
    readFileSync(seedsDir + name, 'utf8'),
  ]);
  return [...specs, ...seeds];
}
