/**
 * `mlo-newsroom-server`: the `mlo-newsroom` command's functions for Node (20.19 or later), for
 * partners' build steps and servers. Importing it leaves only Lit's server registry
 * (`customElements`) and Lit's version markers on `globalThis`: no `window` or `document`.
 */
import './dom.js';

export {
  validate,
  report,
  type ValidationReport,
  type ValidateOptions,
  type ReportEntry,
  type SkippedItem,
  type Severity,
} from './validate.js';
export { convert, convertText, stringifyFeed, type ConvertOptions } from './convert.js';
export { render, renderFeed, MAX_SERVER_LIST, type RenderOptions } from './render.js';
export { ELEMENTS } from './elements.js';
export type { ElementName } from './element-names.js';
export { readFeed, readJsonFeed, type ReadFeed } from './read.js';
export { readSource, SourceError, type SourceOptions, type SourceText } from './source.js';
export { buildArchive, type BuildOptions, type BuiltArchive } from './index-build.js';
export { writeIndex, collectItems, type IndexOptions, type IndexSummary } from './index-command.js';
