/**
 * Where the main-thread time goes, from a Chrome trace (CDP `Tracing`) of a page load: the
 * renderer main thread's events by kind (self time, so nested events are not counted twice),
 * and the JavaScript split by what ran, from the V8 CPU profile samples in the same trace mapped
 * through the script-tag build's source maps (dist/cdn/*.js.map): the feed reader and validation
 * (src/feed/), Lit and our templates (lit-html, lit-element, src/components/, src/internal/),
 * the rest of our code, and code that is not ours (the page's own). Used by bench/run.mjs (paint).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

/** Buckets of main-thread events by name; anything else lands in "other". */
const KINDS = [
  [
    'script compile',
    /^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.produceCache|v8\.parseOnBackground|CompileScript|CompileCode)/,
  ],
  [
    'script run',
    /^(EvaluateScript|v8\.evaluateModule|FunctionCall|TimerFire|RunMicrotasks|FireAnimationFrame|EventDispatch|v8\.run|V8\.Execute|FireIdleCallback|XHRReadyStateChange|IntersectionObserverController|HandlePostMessage)/,
  ],
  ['garbage collection', /(GC|Scavenge|MarkCompact)/i],
  [
    'style',
    /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)/,
  ],
  ['layout', /^(Layout|UpdateLayerTree|IntersectionObserver)/],
  ['paint', /^(Paint|PrePaint|Layerize|CompositeLayers|Commit|UpdateLayer|PaintImage|Decode)/],
  ['HTML parsing', /^ParseHTML/],
];

export async function startTrace(cdp) {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      includedCategories: CATEGORIES.split(','),
      recordMode: 'recordAsMuchAsPossible',
    },
  });
}

export async function stopTrace(cdp) {
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text);
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** The renderer main thread of the page (the one with the most layout/style events). */
function mainThread(events) {
  const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const count = new Map();
  for (const e of events)
    if (e.ph === 'X' && /^(Layout|UpdateLayoutTree|ParseHTML)$/.test(e.name)) {
      const key = `${e.pid}:${e.tid}`;
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  const best = [...count].sort((a, b) => b[1] - a[1])[0]?.[0];
  return best ?? (names[0] ? `${names[0].pid}:${names[0].tid}` : undefined);
}

/** Source-map lookup for files served under `/w/` from dist/cdn/. */
function makeResolver(cdnDir) {
  const maps = new Map();
  return (url, line, column) => {
    const m = /\/w\/(.+\.js)$/.exec(url ?? '');
    if (!m) return url ? 'page' : undefined;
    let map = maps.get(m[1]);
    if (map === undefined) {
      const path = join(cdnDir, `${m[1]}.map`);
      map = existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null;
      maps.set(m[1], map);
    }
    if (!map) return 'ours (unmapped)';
    return originalPositionFor(map, { line: line + 1, column }).source ?? 'ours (unmapped)';
  };
}

const jsBucket = (source) => {
  if (source === undefined) return 'V8 internals (no frame)';
  if (source === 'page') return "the page's own code";
  if (/src\/feed\//.test(source)) return 'feed reading and validation';
  if (/lit-html|lit-element|reactive-element|src\/components\/|src\/internal\//.test(source))
    return 'Lit, templates and rendering';
  if (/src\/loader\/|src\/cdn/.test(source)) return 'loader';
  if (/src\/i18n\//.test(source)) return 'languages and dates';
  return 'other (ours)';
};

/**
 * The breakdown of one trace: `{ kinds: { name: ms }, js: { bucket: ms }, longest: ms }` on the
 * page's main thread, from `since` (trace clock, µs) on.
 */
export function breakdown(events, cdnDir) {
  const key = mainThread(events);
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === key);
  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur);
  const x = onMain.filter((e) => e.ph === 'X' && e.dur && e.name !== 'RunTask');
  // Self time: an event's duration less its direct children's (events sorted by start, nested).
  x.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const stack = [];
  const self = new Map();
  for (const e of x) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent, (self.get(parent) ?? parent.dur) - e.dur);
    self.set(e, e.dur);
    stack.push(e);
  }
  const kinds = {};
  for (const e of x) {
    const kind = KINDS.find(([, re]) => re.test(e.name))?.[0] ?? 'other';
    kinds[kind] = (kinds[kind] ?? 0) + Math.max(0, self.get(e)) / 1000;
  }
  const taskTotal = tasks.reduce((a, e) => a + e.dur, 0) / 1000;
  const inEvents = Object.values(kinds).reduce((a, b) => a + b, 0);
  kinds['task overhead (not in an event)'] = Math.max(0, taskTotal - inEvents);

  // JavaScript by source, from the CPU profile's samples.
  const sampled = samples(events, makeResolver(cdnDir));
  const js = {};
  for (const { fn, where, ms } of sampled) {
    const bucket =
      fn === '(garbage collector)'
        ? 'garbage collection (sampled)'
        : fn === '(program)'
          ? 'browser work (sampled as program)'
          : jsBucket(where);
    js[bucket] = (js[bucket] ?? 0) + ms;
  }
  return {
    kinds,
    js,
    taskTotal,
    longest: Math.max(0, ...tasks.map((e) => e.dur / 1000)),
    long: longTasks(
      tasks,
      x,
      self,
      sampled.filter((sample) => sample.fn !== '(program)'),
    ),
  };
}

/**
 * Every profile sample as `{ ts, ms, fn, where }`: when (trace clock), the time it stands for
 * (until the next sample), its function and, for our code, its source file (`where` is undefined
 * for V8's own frames). Idle and root samples are left out.
 */
function samples(events, resolve) {
  const starts = new Map();
  for (const e of events)
    if (e.name === 'Profile') starts.set(e.id, e.args?.data?.startTime ?? e.ts);
  const nodes = new Map();
  const out = [];
  const clock = new Map();
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const profile = e.args?.data?.cpuProfile;
    for (const node of profile?.nodes ?? []) nodes.set(`${e.id}:${node.id}`, node);
    const deltas = e.args?.data?.timeDeltas ?? [];
    let ts = clock.get(e.id) ?? starts.get(e.id) ?? 0;
    (profile?.samples ?? []).forEach((id, i) => {
      ts += deltas[i] ?? 0;
      const frame = nodes.get(`${e.id}:${id}`)?.callFrame;
      if (!frame || ['(idle)', '(root)'].includes(frame.functionName)) return;
      out.push({
        ts,
        ms: (deltas[i + 1] ?? deltas[i] ?? 0) / 1000,
        fn: frame.functionName,
        where: resolve(frame.url, frame.lineNumber, frame.columnNumber),
      });
    });
    clock.set(e.id, ts);
  }
  return out;
}

/**
 * The tasks over 50 ms: when (ms from the first task), how long, the event that opened each
 * (its first child: module evaluation, a timer, a microtask checkpoint, HTML parsing) and its
 * biggest costs, by kind of work and by the source files its JS samples fall in.
 */
function longTasks(tasks, x, self, sampled) {
  const t0 = Math.min(...tasks.map((e) => e.ts));
  return tasks
    .filter((task) => task.dur > 50_000)
    .map((task) => {
      const end = task.ts + task.dur;
      const inside = x.filter((e) => e.ts >= task.ts && e.ts < end);
      const kinds = {};
      for (const e of inside) {
        const kind = KINDS.find(([, re]) => re.test(e.name))?.[0] ?? e.name;
        kinds[kind] = (kinds[kind] ?? 0) + Math.max(0, self.get(e)) / 1000;
      }
      const files = {};
      for (const s of sampled)
        if (s.ts >= task.ts && s.ts < end) {
          const file = String(s.where ?? s.fn).replace(/^.*\/(node_modules|src)\//, '$1/');
          files[file] = (files[file] ?? 0) + s.ms;
        }
      const top = (o, n) =>
        Object.entries(o)
          .sort((a, b) => b[1] - a[1])
          .slice(0, n)
          .map(([k, v]) => `${k} ${Math.round(v)}`)
          .join(', ');
      // The task's direct children (its biggest pieces), e.g. "v8.evaluateModule 40, Layout 30".
      const children = {};
      let reach = 0;
      for (const e of inside)
        if (e.ts >= reach) {
          const name = `${e.name}${e.args?.data?.url ? ` ${e.args.data.url.split('/').pop()}` : ''}`;
          children[name] = (children[name] ?? 0) + e.dur / 1000;
          reach = e.ts + e.dur;
        }
      const first = inside[0];
      const opener = first
        ? `${first.name}${first.args?.data?.url ? ` ${first.args.data.url.split('/').pop()}` : ''}`
        : '?';
      return {
        at: Math.round((task.ts - t0) / 1000),
        ms: Math.round(task.dur / 1000),
        opener,
        pieces: top(children, 4),
        kinds: top(kinds, 5),
        samples: top(files, 8),
      };
    });
}
