import { HART_POLICY, MessageKind } from '@redress/policy';
import type { RenderMessageInput } from './compose-message';
import { renderMessage } from '../render-message';
import { escapeHtml } from './render-html';

const base: RenderMessageInput = {
  policy: HART_POLICY,
  kind: MessageKind.ACKNOWLEDGEMENT,
  reference: 'HDC-2026-000042',
  stage: 1,
  recipient: { name: 'Jo Bloggs', role: 'COMPLAINANT' },
  body: 'Your reference: HDC-2026-000042. We have received your complaint under Stage 1 and will reply by Tuesday 5 January 2027.',
  fields: { summary: 'Bins missed', handlerName: 'Amy Clarke' },
};

describe('the HTML email', () => {
  it('is an accessible document: lang, a title, one heading, no images, no layout tables', () => {
    const { html, subject } = renderMessage(base);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(`<title>${subject}</title>`);
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain('>We are looking into your complaint</h1>');
    expect(html).not.toMatch(/<img|<table|<script|<style/i);
    // GOV.UK text colour on white, links in GOV.UK blue.
    expect(html).toContain('background-color:#ffffff;color:#0b0c0c');
    expect(html).toContain('<a href="mailto:complaints@hart.gov.uk" style="color:#1d70b8">complaints@hart.gov.uk</a>');
    expect(html).toContain('<address style="font-style:normal">Civic Offices<br>Harlington Way<br>Fleet GU51 4AE<br>');
  });

  it('escapes every value: a name, a summary or a reference cannot add markup', () => {
    const r = renderMessage({
      ...base,
      reference: 'HDC-<b>1</b>',
      recipient: { name: '<script>alert("x")</script>', role: 'REPRESENTATIVE' },
      body: 'We have "received" it & <i>will</i> reply.\nA second line.\n\nA second paragraph.',
      fields: { summary: "<img src=x onerror='y'>", handlerName: 'Amy & Co', complainantName: '<Pat>' },
    });
    expect(r.html).not.toContain('<script>');
    expect(r.html).not.toContain('<img');
    expect(r.html).not.toContain('<b>1</b>');
    expect(r.html).toContain('Dear &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;,');
    expect(r.html).toContain('&lt;img src=x onerror=&#39;y&#39;&gt;');
    expect(r.html).toContain('We have &quot;received&quot; it &amp; &lt;i&gt;will&lt;/i&gt; reply.<br>A second line.</p>');
    expect(r.html).toContain('<p style="margin:0 0 20px">A second paragraph.</p>');
    expect(r.html).toContain('representative of &lt;Pat&gt;.');
    expect(r.html).toContain('<title>Your complaint HDC-&lt;b&gt;1&lt;/b&gt;: we are looking into it</title>');
    // The plain text is the same words, unescaped.
    expect(r.text.startsWith('Dear <script>alert("x")</script>,\n\nWe are writing to you as the representative of <Pat>.')).toBe(true);
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  it('sets larger type for large print (LARGE_PRINT), and the same words', () => {
    const normal = renderMessage(base);
    const large = renderMessage({ ...base, largePrint: true });
    expect(normal.html).toContain('font-size:19px');
    expect(large.html).toContain('font-size:24px');
    expect(large.html.replace('font-size:24px', 'font-size:19px')).toBe(normal.html);
    expect(large.text).toBe(normal.text);
  });

  it('a subject is one line, whatever the merge fields hold', () => {
    expect(renderMessage({ ...base, reference: 'HDC-1\r\nBcc: x@example.org' }).subject).toBe(
      'Your complaint HDC-1 Bcc: x@example.org: we are looking into it',
    );
  });
});
