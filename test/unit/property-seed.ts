/**
 * One seed for every fast-check property in the unit suite, loaded before any test
 * (.mocharc.json `require`). `npm test` runs the same generated cases every time, so a
 * red run is a real failure that the next run repeats, never a roll of the dice.
 *
 * `CAREER_GOALS_SEED=random npm run test:unit` explores: a new seed each run, printed
 * before the tests, and fast-check prints it again with any counterexample.
 * `CAREER_GOALS_SEED=<integer>` replays that seed. `CAREER_GOALS_PROPERTY_RUNS` (read by
 * the larger properties) changes how many cases run, still from the chosen seed.
 */
import fc from 'fast-check';

/** The seed `npm test` uses. Any fixed value does; this one is only ever changed on purpose. */
export const FIXED_SEED = 20_261_206;

/**
 * The seed this run uses, and whether it is the fixed one. Chosen once per process: a
 * test that imports this module gets its own bundled copy (esbuild bundles each test
 * file), which finds the seed already in fast-check's global settings and keeps it.
 */
export const propertySeed = configureOnce();

function configureOnce(): { seed: number; fixed: boolean } {
  const configured = fc.readConfigureGlobal().seed;
  if (configured !== undefined) return { seed: configured, fixed: configured === FIXED_SEED };
  const chosen = chooseSeed(process.env.CAREER_GOALS_SEED);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: chosen.seed });
  if (!chosen.fixed) console.log(`fast-check seed: ${chosen.seed} (replay with CAREER_GOALS_SEED=${chosen.seed})`);
  return chosen;
}

/** Parses `CAREER_GOALS_SEED`: unset or empty is the fixed seed; `random` draws one. */
export function chooseSeed(setting: string | undefined): { seed: number; fixed: boolean } {
  const value = setting?.trim() ?? '';
  if (value === '') return { seed: FIXED_SEED, fixed: true };
  if (value === 'random') return { seed: Math.floor(Math.random() * 0x7fff_ffff), fixed: false };
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new Error(`CAREER_GOALS_SEED must be an integer or "random", not ${JSON.stringify(setting)}`);
  }
  return { seed: Number(value) | 0, fixed: Number(value) === FIXED_SEED };
}
