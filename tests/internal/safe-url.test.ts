import { expect, fixtureSync, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { safeImageUrl, safeUrl } from '../../src/internal/safe-url.js';

const FEED = 'https://feeds.example/data/feed.json';
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==';

/** Spellings that must never come back at all: they are a dangerous scheme to the URL parser. */
const DANGEROUS = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  '  JaVaScRiPt:alert(1)',
  'javascript:alert(1)   ',
  '\u0000javascript:alert(1)',
  '\u0001\u0008\u001f javascript:alert(1)',
  '\u007fjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\tjava\n\rscr\tipt:alert(1)',
  'jav\u0000ascript:alert(1)',
  'javascript\t:alert(1)',
  'javascript://%0aalert(1)',
  'javascript://example.org/%0Aalert(1)',
  'javascript:/*--></title></style></script><svg/onload=alert(1)>',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:TEXT/HTML,<script>alert(1)</script>',
  ' d\ta\nta:text/html,x',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
  'file:///etc/passwd',
  'FILE://c:/windows/win.ini',
  'blob:https://feeds.example/0f8e4d1c-0000-4000-8000-000000000000',
  'about:blank',
  'ftp://files.example/a',
  'view-source:https://example.org',
  'jar:https://example.org/a.jar!/',
  'intent://scan/#Intent;scheme=zxing;end',
  'ms-settings:privacy',
  'c:\\windows\\system32',
  'https://ministry.example@evil.example/',
  'https://user:secret@feeds.example/',
];

/** Text that merely looks like a scheme: the parser reads it as a relative path. */
const LOOKALIKES = [
  '&#x6A;avascript:alert(1)',
  '&#106;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'javascript&colon;alert(1)',
  '%6Aavascript:alert(1)',
  'javascript%3Aalert(1)',
  '\u00a0javascript:alert(1)',
  '\u2028javascript:alert(1)',
  '\ufeffjavascript:alert(1)',
  'ｊａｖａｓｃｒｉｐｔ:alert(1)',
  'javascript :alert(1)',
  './javascript:alert(1)',
];

const NOT_STRINGS: unknown[] = [
  undefined,
  null,
  42,
  {},
  ['https://example.org/'],
  new URL('https://example.org/'),
];

/** What the browser will do with the value in an `href` on this page. */
const protocolOnPage = (value: string) => new URL(value, document.baseURI).protocol;

describe('safeUrl', () => {
  for (const raw of DANGEROUS) {
    it(`rejects ${JSON.stringify(raw)}`, () => {
      expect(safeUrl(raw)).to.equal(undefined);
      expect(safeUrl(raw, FEED)).to.equal(undefined);
      expect(safeImageUrl(raw)).to.equal(undefined);
      expect(safeImageUrl(raw, FEED)).to.equal(undefined);
    });
  }

  for (const raw of LOOKALIKES) {
    it(`keeps ${JSON.stringify(raw)} a harmless relative URL`, () => {
      for (const value of [
        safeUrl(raw),
        safeUrl(raw, FEED),
        safeImageUrl(raw),
        safeImageUrl(raw, FEED),
      ]) {
        if (value !== undefined) expect(protocolOnPage(value)).to.be.oneOf(['http:', 'https:']);
      }
      expect(safeUrl(raw, FEED)).to.match(/^https:\/\/feeds\.example\//);
    });
  }

  it('rejects non-strings, empty and blank strings', () => {
    for (const raw of [...NOT_STRINGS, '', '   ', '\u0000\t']) {
      expect(safeUrl(raw), String(raw)).to.equal(undefined);
      expect(safeImageUrl(raw), String(raw)).to.equal(undefined);
    }
  });

  it('rejects links longer than 2048 characters', () => {
    const ok = `https://example.org/${'a'.repeat(2048 - 20)}`;
    expect(ok.length).to.equal(2048);
    expect(safeUrl(ok)).to.equal(ok);
    expect(safeUrl(`${ok}a`)).to.equal(undefined);
    expect(safeImageUrl(`${ok}a`)).to.equal(undefined);
  });

  it('holds links in any field to the contact checks: no mailto headers, no USSD tel codes', () => {
    expect(safeUrl('tel:*%2321%23')).to.equal(undefined);
    expect(safeUrl('tel:*#21#')).to.equal(undefined);
    expect(safeUrl('tel:+381113068000;ext=12')).to.equal(undefined);
    expect(safeUrl('mailto:press@mfa.gov.rs?bcc=all@evil.example&body=x')).to.equal(undefined);
    expect(safeUrl('mailto:a@mfa.gov.rs,b@evil.example')).to.equal(undefined);
    expect(safeUrl(' TEL:+381 (0)11 306-8000 ')).to.equal('tel:+381113068000');
  });

  it('trims a long run of edge spaces and controls like the URL parser', () => {
    const spaces = ' '.repeat(50_000);
    expect(safeImageUrl(`https://ministry.example/a.png${spaces}`)).to.equal(undefined);
    expect(safeImageUrl(`\u0000\u001f https://ministry.example/a.png\t\n `)).to.equal(
      'https://ministry.example/a.png',
    );
    expect(safeImageUrl(spaces)).to.equal(undefined);
  });

  it('allows http, https, mailto and tel, normalized', () => {
    expect(safeUrl('https://example.org/news?id=1#x')).to.equal('https://example.org/news?id=1#x');
    expect(safeUrl('  HTTPS://Example.ORG/a b  ')).to.equal('https://example.org/a%20b');
    expect(safeUrl('http://example.org')).to.equal('http://example.org/');
    expect(safeUrl('h\tttps://example.org/')).to.equal('https://example.org/');
    expect(safeUrl('mailto:press@mfa.gov.rs')).to.equal('mailto:press@mfa.gov.rs');
    expect(safeUrl('MAILTO:press@mfa.gov.rs')).to.equal('mailto:press@mfa.gov.rs');
    expect(safeUrl('tel:+381113068000')).to.equal('tel:+381113068000');
  });

  it('keeps relative URLs relative without a base', () => {
    expect(safeUrl('/news/1')).to.equal('/news/1');
    expect(safeUrl('news/1?x=1&y=2')).to.equal('news/1?x=1&y=2');
    expect(safeUrl('?page=2')).to.equal('?page=2');
    expect(safeUrl('#top')).to.equal('#top');
    expect(safeUrl(' ../a\tb ')).to.equal('../ab');
  });

  it('resolves relative URLs against the feed URL', () => {
    expect(safeUrl('news/1', FEED)).to.equal('https://feeds.example/data/news/1');
    expect(safeUrl('../img/a.png', FEED)).to.equal('https://feeds.example/img/a.png');
    expect(safeUrl('/x', FEED)).to.equal('https://feeds.example/x');
    expect(safeUrl('#top', FEED)).to.equal('https://feeds.example/data/feed.json#top');
    expect(safeUrl('https://other.example/', FEED)).to.equal('https://other.example/');
  });

  it('resolves a relative feed URL against the page first', () => {
    expect(safeUrl('a.html', '/data/feed.json')).to.equal(
      new URL('/data/a.html', document.baseURI).href,
    );
  });

  it('ignores a base that is not http(s)', () => {
    for (const base of [
      'javascript:alert(1)',
      'data:text/html,x',
      'blob:https://x/1',
      'file:///tmp/',
      '',
      '   ',
    ]) {
      expect(safeUrl('news/1', base), base).to.equal('news/1');
    }
  });

  it('resolves scheme-relative URLs (another host over https is still a web link)', () => {
    expect(safeUrl('//evil.example/x')).to.equal('https://evil.example/x');
    expect(safeUrl('\\\\evil.example\\x')).to.equal('https://evil.example/x');
    expect(safeUrl('/\\evil.example/x')).to.equal('https://evil.example/x');
    expect(safeUrl('//cdn.example/y', 'http://feeds.example/feed.json')).to.equal(
      'http://cdn.example/y',
    );
    expect(safeUrl('//user@evil.example/')).to.equal(undefined);
  });
});

describe('safeImageUrl', () => {
  it('allows https, http and relative image URLs', () => {
    expect(safeImageUrl('https://img.example/a.png')).to.equal('https://img.example/a.png');
    expect(safeImageUrl('http://img.example/a.png')).to.equal('http://img.example/a.png');
    expect(safeImageUrl('img/a.png')).to.equal('img/a.png');
    expect(safeImageUrl('img/a.png', FEED)).to.equal('https://feeds.example/data/img/a.png');
  });

  it('allows base64 PNG, JPEG, GIF, WebP and AVIF data URLs', () => {
    expect(safeImageUrl(PNG)).to.equal(PNG);
    for (const type of ['png', 'jpeg', 'gif', 'webp', 'avif', 'PNG']) {
      expect(safeImageUrl(`data:image/${type};base64,AAAA`), type).to.equal(
        `data:image/${type};base64,AAAA`,
      );
    }
    expect(safeImageUrl(`  ${PNG.slice(0, 40)}\n${PNG.slice(40)}  `)).to.equal(PNG);
    const large = `data:image/webp;base64,${'A'.repeat(600_000)}`;
    expect(safeImageUrl(large)).to.equal(large);
  });

  it('refuses other data URLs, and data URLs as links', () => {
    for (const raw of [
      'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'data:image/png,notbase64',
      'data:image/png;charset=utf-8;base64,AAAA',
      'data:image/png;base64,AA AA',
      'data:image/png;base64,AAAA"onerror="alert(1)',
      'data:image/jpg;base64,AAAA',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'data:;base64,AAAA',
      `data:image/png;base64,${'A'.repeat(1024 * 1024)}`,
    ]) {
      expect(safeImageUrl(raw), raw.slice(0, 60)).to.equal(undefined);
    }
    expect(safeUrl(PNG)).to.equal(undefined);
  });

  it('refuses mailto and tel for images', () => {
    expect(safeImageUrl('mailto:press@mfa.gov.rs')).to.equal(undefined);
    expect(safeImageUrl('tel:+381113068000')).to.equal(undefined);
  });
});

// fixtureSync: nothing here needs a frame, and rAF can stall in a background test page.
describe('safeUrl in a Lit template', () => {
  it('leaves no href for a hostile URL and renders a safe one', () => {
    const hostile = '  JaVa\tScRiPt:alert(document.domain)';
    // Lit itself does not check URLs (lit/lit#1196): that is why safeUrl exists.
    const unchecked = fixtureSync<HTMLAnchorElement>(html`<a href=${hostile}>x</a>`);
    expect(unchecked.protocol).to.equal('javascript:');
    const bad = fixtureSync<HTMLAnchorElement>(html`<a href=${safeUrl(hostile) ?? nothing}>x</a>`);
    expect(bad.hasAttribute('href')).to.equal(false);

    const good = fixtureSync<HTMLAnchorElement>(
      html`<a href=${safeUrl('news/1', FEED) ?? nothing}>x</a>`,
    );
    expect(good.getAttribute('href')).to.equal('https://feeds.example/data/news/1');
    expect(good.protocol).to.equal('https:');
  });

  it('leaves no src for a hostile image', () => {
    const img = fixtureSync<HTMLImageElement>(
      html`<img alt="" src=${safeImageUrl('data:image/svg+xml,<svg onload=alert(1)>') ?? nothing} />`,
    );
    expect(img.hasAttribute('src')).to.equal(false);
  });
});
