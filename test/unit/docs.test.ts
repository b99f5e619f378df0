/**
 * The user's documents stay complete: the README's commands and settings tables name
 * every command and setting package.json contributes, docs/diagnostics.md names every
 * diagnostic code, and every screenshot the README shows exists and ships at most
 * about 200 KB.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DIAGNOSTIC_CODES } from '../../src/core/validate-codes';

// Compiled to out/test/unit/.
const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface Manifest {
  contributes: { commands: { command: string }[]; configuration: { properties: Record<string, unknown> } };
}

describe('user documents', () => {
  const manifest = JSON.parse(read('package.json')) as Manifest;
  const readme = read('README.md');

  it('the README lists every command and setting', () => {
    const missing = [...manifest.contributes.commands.map((c) => c.command), ...Object.keys(manifest.contributes.configuration.properties)].filter((id) => !readme.includes(`\`${id}\``));
    assert.deepEqual(missing, []);
  });

  it('docs/diagnostics.md lists every diagnostic code', () => {
    const diagnostics = read('docs/diagnostics.md');
    const missing = DIAGNOSTIC_CODES.map((d) => d.code).filter((code) => !diagnostics.includes(`| \`${code}\` |`));
    assert.deepEqual(missing, []);
  });

  it('every screenshot the README shows exists, with alt text, at most about 200 KB', () => {
    const images = [...readme.matchAll(/!\[([^\]]*)\]\((media\/screenshots\/[^)]+\.png)\)/g)];
    assert.ok(images.length >= 6, 'the README shows the hero and the five features');
    for (const [, alt, file] of images) {
      assert.ok((alt ?? '').length > 20, `${file} has alt text saying what it shows`);
      assert.ok(fs.statSync(path.join(ROOT, file!)).size <= 200 * 1024, `${file} is at most 200 KB`);
    }
  });
});
