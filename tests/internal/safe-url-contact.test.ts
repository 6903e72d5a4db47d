import { expect } from '@open-wc/testing';
import { safeMailto, safeTel } from '../../src/internal/safe-url.js';

describe('safeMailto', () => {
  it('builds mailto: from a plain address', () => {
    expect(safeMailto('press@mfa.gov.rs')).to.equal('mailto:press@mfa.gov.rs');
    expect(safeMailto('  Press.Office+news@MFA.gov.rs ')).to.equal(
      'mailto:Press.Office+news@mfa.gov.rs',
    );
    expect(safeMailto("o'brien@embassy.example")).to.equal("mailto:o'brien@embassy.example");
    expect(safeMailto('mailto:press@mfa.gov.rs')).to.equal('mailto:press@mfa.gov.rs');
    expect(safeMailto('kabinet@мсп.срб')).to.equal(
      `mailto:kabinet@${new URL('http://мсп.срб').hostname}`,
    );
  });

  it('refuses header injection and anything that is not one plain address', () => {
    for (const raw of [
      'a@b.rs?subject=x',
      'a@b.rs?cc=evil@x.example',
      'a@b.rs&bcc=evil@x.example',
      'a@b.rs%0d%0abcc:evil@x.example',
      'a@b.rs\r\nBcc: evil@x.example',
      'a@b.rs,evil@x.example',
      'a@b.rs;evil@x.example',
      'a%40b@x.rs',
      '"a b"@x.rs',
      'Name <a@b.rs>',
      'a@b',
      'a..b@x.rs',
      '.a@x.rs',
      'a.@x.rs',
      'a@-x.rs',
      'a@x-.rs',
      'a@x.rs.',
      'a@127.0.0.1',
      'a@[127.0.0.1]',
      'a@x.rs:25',
      'a@x.rs#frag',
      'a@x.rs/path',
      'a@b@c.rs',
      'javascript:alert(1)//@x.rs',
      '@x.rs',
      'a@',
      '',
      `${'a'.repeat(65)}@x.rs`,
      `a@${'b'.repeat(250)}.rs`,
      42,
      null,
    ]) {
      expect(safeMailto(raw), String(raw)).to.equal(undefined);
    }
  });
});

describe('safeTel', () => {
  it('keeps only digits and a leading +', () => {
    expect(safeTel('+381 11 306-8000')).to.equal('tel:+381113068000');
    expect(safeTel('+381 (0)11 306 8000')).to.equal('tel:+381113068000');
    expect(safeTel('011/306-8000')).to.equal('tel:0113068000');
    expect(safeTel('(011) 306.8000')).to.equal('tel:0113068000');
    expect(safeTel('00381 11 3068000')).to.equal('tel:+381113068000');
    expect(safeTel('tel:+381113068000')).to.equal('tel:+381113068000');
    expect(safeTel(' 192 ')).to.equal('tel:192');
  });

  it('refuses extensions, pauses, codes, letters and injection', () => {
    for (const raw of [
      '+381 11 306 8000;ext=1',
      '+381113068000,123',
      '+381113068000p123',
      '*#06#',
      '#31#0113068000',
      '12',
      '1234567890123456',
      'call me',
      '+381 11 306 8000 ext. 5',
      '++381113068000',
      '381+113068000',
      'javascript:alert(1)',
      'tel:+381?x=1',
      '+381%0a113068000',
      '+381\n113068000',
      '٠١١٣٠٦٨٠٠٠',
      '',
      381113068000,
      null,
    ]) {
      expect(safeTel(raw), String(raw)).to.equal(undefined);
    }
  });
});
