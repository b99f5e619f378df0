/**
 * The typed IDs in src/constants.ts must mirror package.json: a command, view or
 * setting renamed on one side only would fail silently at run time.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Commands, ContextKeys, SettingDefaults, Settings, Views } from '../../src/constants';
import { EXTENSION_ID } from '../fixtures/extension-id';

interface Manifest {
  name: string;
  publisher: string;
  activationEvents: string[];
  contributes: {
    commands: { command: string }[];
    views: Record<string, { id: string }[]>;
    viewsContainers: { activitybar: { id: string }[] };
    viewsWelcome: { when: string }[];
    menus: Record<string, { command: string; when?: string }[]>;
    configuration: { properties: Record<string, { default: unknown }> };
    walkthroughs: { id: string; steps: { description: string }[] }[];
  };
}

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as Manifest;
const PREFIX = 'careerGoals.';

describe('constants mirror package.json', () => {
  it('has the extension id of publisher.name', () => {
    assert.equal(EXTENSION_ID, `${manifest.publisher}.${manifest.name}`);
  });

  it('names exactly the contributed commands', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    assert.deepEqual(Object.values(Commands).sort(), contributed);
  });

  it('only refers to contributed commands in menus and walkthroughs', () => {
    const known = new Set<string>(Object.values(Commands));
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
      for (const item of items) assert.ok(known.has(item.command), `${menu} refers to unknown command ${item.command}`);
    }
    for (const step of manifest.contributes.walkthroughs.flatMap((w) => w.steps)) {
      for (const [, id] of step.description.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(known.has(id!), `walkthrough refers to unknown command ${id}`);
    }
  });

  it('names the view, its container, the walkthrough and the review panel', () => {
    assert.deepEqual(manifest.contributes.viewsContainers.activitybar.map((c) => c.id), [Views.container]);
    assert.deepEqual(manifest.contributes.views[Views.container]?.map((v) => v.id), [Views.goals]);
    assert.deepEqual(manifest.contributes.walkthroughs.map((w) => w.id), [Views.walkthrough]);
    assert.ok(manifest.activationEvents.includes(`onWebviewPanel:${Views.reviewPanel}`));
  });

  it('names exactly the contributed settings, with the same defaults', () => {
    const keys = Object.entries(Settings)
      .filter(([name]) => name !== 'section')
      .map(([, key]) => `${Settings.section}.${key}`)
      .sort();
    assert.deepEqual(keys, Object.keys(manifest.contributes.configuration.properties).sort());
    for (const [name, value] of Object.entries(SettingDefaults)) {
      const key = `${Settings.section}.${Settings[name as keyof typeof SettingDefaults]}`;
      assert.deepEqual(manifest.contributes.configuration.properties[key]?.default, value, key);
    }
  });

  it('declares every context key that package.json conditions use', () => {
    const known = new Set<string>(Object.values(ContextKeys));
    const whens = [
      ...manifest.contributes.viewsWelcome.map((w) => w.when),
      ...Object.values(manifest.contributes.menus).flatMap((items) => items.map((i) => i.when ?? '')),
    ];
    for (const when of whens) {
      for (const [key] of when.matchAll(/careerGoals\.[A-Za-z]+/g)) {
        if (key === Views.goals) continue;
        assert.ok(known.has(key), `condition "${when}" uses undeclared context key ${key}`);
      }
    }
  });

  it('keeps every ID under the one prefix', () => {
    const ids = [...Object.values(Commands), ...Object.values(Views), ...Object.values(ContextKeys)];
    for (const id of ids) assert.ok(id === Views.container || id.startsWith(PREFIX), id);
  });
});
