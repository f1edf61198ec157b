import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textOf } from '../../src/lib/html-text.ts';
import { sectionRecords } from '../../src/lib/search-records.ts';

const page = `<head><meta name="guide:category" data-pagefind-filter="category[content]" content="log-retention"><meta name="guide:order" data-pagefind-meta="order[content]" content="5"></head>
<body><h1>Log retention</h1>
<section class="side" data-service="cloudtrail"><div class="heading heading-h2"><h2 id="cloudtrail">AWS CloudTrail</h2><a class="anchor" href="#cloudtrail">Link to the section</a></div><p>Keeps 90 days &amp; more.</p><section><p>Nested</p></section></section>
<section class="side" data-service="cloudwatch"><div class="heading heading-h2"><h2 id="cloudwatch">Amazon CloudWatch</h2></div><ul><li>One day to 10 years</li></ul></section>
<section class="summary"><h2 id="summary">Summary</h2></section></body>`;

describe('sectionRecords', () => {
  it('makes one record per service section, addressed by its anchor, without the heading chrome', () => {
    assert.deepEqual(sectionRecords('/log-retention/', page), [
      {
        url: '/log-retention/#cloudtrail',
        content: 'Keeps 90 days & more. Nested',
        meta: { title: 'Log retention: AWS CloudTrail', order: '5' },
        filters: { kind: ['section'], service: ['cloudtrail'], category: ['log-retention'] },
      },
      {
        url: '/log-retention/#cloudwatch',
        content: 'One day to 10 years',
        meta: { title: 'Log retention: Amazon CloudWatch', order: '5' },
        filters: { kind: ['section'], service: ['cloudwatch'], category: ['log-retention'] },
      },
    ]);
  });
  it('leaves out the category filter on pages that are not categories', () => {
    const [record] = sectionRecords('/getting-started/', '<h1>Getting started</h1><section data-service="cloudtrail"><div class="heading"><h2 id="start-cloudtrail">AWS CloudTrail</h2></div><p>x</p></section>');
    assert.deepEqual(record?.filters, { kind: ['section'], service: ['cloudtrail'] });
    assert.equal(record?.url, '/getting-started/#start-cloudtrail');
  });
  it('reads text the way a reader sees it', () => {
    assert.equal(textOf('<p>A&lt;b&gt; &quot;c&quot;\n  d</p>'), 'A<b> "c" d');
    assert.equal(textOf('&amp;lt;'), '&lt;');
  });
});
