import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { decodeUndeclaredIso2022jp, headersAsUtf8, htmlToPlainText, senderOf } from './inbound-text.js';

const parse = (raw: string | Buffer) => simpleParser(typeof raw === 'string' ? Buffer.from(raw.replace(/\n/g, '\r\n')) : raw);

describe('senderOf: the From line as written', () => {
  it.each([
    ['a bare address', 'a@b.test', { ok: true, name: '', address: 'a@b.test' }],
    ['a name and an address', 'Ana Bell <Ana@B.test>', { ok: true, name: 'Ana Bell', address: 'ana@b.test' }],
    ['a quoted name with a comma', '"Bell, Ana" <ana@b.test>', { ok: true, name: 'Bell, Ana', address: 'ana@b.test' }],
    ['an address with a comment', 'ana@b.test (Ana Bell)', { ok: true, name: 'Ana Bell', address: 'ana@b.test' }],
    ['a folded line', 'Ana Bell\n <ana@b.test>', { ok: true, name: 'Ana Bell', address: 'ana@b.test' }],
    ['spaces inside the brackets', '"x" <power quadrant system@example.com>', { ok: false }],
    ['words before a bare address', 'power quadrant system@example.com', { ok: false }],
    ['two senders', 'a@b.test, c@d.test', { ok: false }],
    ['no address at all', 'Ana Bell', { ok: false }],
  ])('%s', async (_, from, expected) => {
    expect(senderOf(await parse(`From: ${from}\nSubject: x\n\nhi\n`))).toMatchObject(expected);
  });

  it('says what is wrong with the address as written', async () => {
    const sender = senderOf(await parse('From: "x" <power quadrant system@example.com>\n\nhi\n'));
    expect(sender).toEqual({
      ok: false,
      reason: 'The message has no valid From address: "power quadrant system@example.com" is not an e-mail address',
    });
  });

  it('refuses a message without From', async () => {
    expect(senderOf(await parse('Subject: x\n\nhi\n'))).toEqual({ ok: false, reason: 'The message has no valid From address' });
  });
});

describe('legacy charsets', () => {
  it.each([
    ['an ISO-2022-JP run', 'Re: \x1b$B$*Ld$$9g$o$;\x1b(B!', 'Re: お問い合わせ!'],
    ['two runs with ASCII between', '\x1b$B$3$s\x1b(B and \x1b$B$K$A$O\x1b(B', 'こん and にちは'],
    ['plain text', 'Hello $B there', 'Hello $B there'],
  ])('decodeUndeclaredIso2022jp: %s', (_, text, expected) => {
    expect(decodeUndeclaredIso2022jp(text)).toBe(expected);
  });

  it('headersAsUtf8: a raw Shift_JIS Subject is read in the charset the message declares', async () => {
    const raw = Buffer.concat([
      Buffer.from('From: a@b.test\r\nSubject: '),
      Buffer.from('90bf8b818f9182c982c282a282c4', 'hex'),
      Buffer.from('\r\nContent-Type: text/plain; charset=Shift_JIS\r\n\r\nhi\r\n'),
    ]);
    expect((await parse(headersAsUtf8(raw))).subject).toBe('請求書について');
  });

  it('headersAsUtf8: UTF-8 and 7-bit headers pass unchanged', () => {
    for (const raw of [Buffer.from('Subject: Grüße\r\n\r\nhi'), Buffer.from('Subject: hi\r\n\r\nGr\xfc\xdfe', 'latin1')]) {
      expect(headersAsUtf8(raw)).toBe(raw);
    }
  });
});

describe('htmlToPlainText', () => {
  it.each([
    ['paragraphs and line breaks', '<p>One<br>two</p><p>three</p>', 'One\ntwo\n\nthree'],
    ['a link keeps its address', '<a href="https://x.test/a">the page</a>', 'the page [https://x.test/a]'],
    ['a link whose text is its address', '<a href="https://x.test/a">https://x.test/a</a>', 'https://x.test/a'],
    ['scripts, styles and images are left out', '<style>p{}</style><script>alert(1)</script><img src="x.png" alt="Logo"><p>Hi</p>', 'Hi'],
    ['entities are decoded', '<p>Fish &amp; chips &eacute;</p>', 'Fish & chips é'],
    ['long lines are not wrapped', `<p>${'word '.repeat(40).trim()}</p>`, 'word '.repeat(40).trim()],
    ['a heading keeps its case', '<h1>Export broken</h1><p>Help</p>', 'Export broken\n\nHelp'],
  ])('%s', (_, html, expected) => {
    expect(htmlToPlainText(html)).toBe(expected);
  });

  it('[attacker] sends 100,000 nested elements: read as tag-stripped text, not converted element by element', () => {
    // html-to-text needs quadratic time for this (tens of seconds of a blocked server); the guard is linear.
    const html = `${'<div>'.repeat(100_000)}Please help &amp; thanks${'</div>'.repeat(100_000)}`;
    expect(htmlToPlainText(html)).toBe('Please help & thanks');
  });
});
