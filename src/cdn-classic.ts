/**
 * The classic-script loader (`dist/cdn/mlo-newsroom.classic.js`), for tag managers and CMSs that
 * allow only a plain `<script src>`: the same loader as src/cdn.ts. A classic script may
 * `import()` modules too; it finds the chunks relative to its own URL, read while it runs.
 *
 * Its own URL comes only from the real `currentScript`: the getter read off `Document.prototype`,
 * because `document.currentScript` can be shadowed by any element named `currentScript` in the
 * page (`<img name="currentScript">`, `Document` overrides built-ins with named elements). Never
 * `document.baseURI`: a `<base href>` anyone could insert above us would then choose where our
 * code is imported from. Without its own URL the loader loads nothing and says so once.
 */
import { start } from './loader/start.js';

const script = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(
  document,
) as unknown;
if (script instanceof HTMLScriptElement && script.src) start(script.src);
else
  console.warn(
    'mlo-newsroom: the classic loader could not find its own <script src> (was it inserted into a shadow root or run as inline code?), so no element is loaded. Use <script type="module" src=".../mlo-newsroom.js"> or the one-file mlo-newsroom.iife.js instead.',
  );
