import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers (issue 23), lowest first: each imports only its own and those below it. The use cases hand data to the
 * `Wording` port, so nothing below the catalogue words anything; adapters, the report's renderers and the HTTP edge
 * stand on the catalogue; the functions on all of them; the stack and the local runtime on top.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['shared/domain'],
  ['shared/app', 'shared/config.ts'],
  ['shared/i18n'],
  ['shared/adapters', 'shared/report'],
  ['shared/http'],
  ['functions'],
  ['infra'],
];

const root = resolve(import.meta.dirname, '../..');
const layerOf = (file: string) =>
  LAYERS.findIndex((places) => places.some((p) => file === p || file.startsWith(`${p}/`)));
const sources = (folder: string): string[] =>
  readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(folder, entry.name))
      : /\.tsx?$/.test(entry.name)
        ? [join(folder, entry.name)]
        : [],
  );
/** What a file imports of this tree (type imports too), as paths from the root. */
const importsOf = (file: string) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) =>
    relative(root, resolve(root, dirname(file), m[1] as string)),
  );

describe('the layers', () => {
  it('no import runs up a layer: the domain and the use cases import no word', () => {
    const up = ['shared', 'functions', 'infra'].flatMap(sources).flatMap((file) =>
      importsOf(file)
        .filter((target) => layerOf(target) > layerOf(file))
        .map((target) => `${file} -> ${target}`),
    );
    expect(up).toEqual([]);
  });
});
