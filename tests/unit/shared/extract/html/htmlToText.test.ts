import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../../../shared/extract/html/htmlToText';

describe('htmlToText', () => {
  it.each([
    [
      'drops head, script, style, noscript and template',
      '<html><head><title>T</title><style>p{}</style></head><body><script>x()</script><noscript>n</noscript><template>t</template><p>Duty</p></body></html>',
      'Duty',
    ],
    [
      'separates paragraphs and headings by a blank line, headings marked with their level',
      '<h1>Clerk</h1><p>One\n  two</p><h3>Duties</h3><p>Three</p>',
      '# Clerk\n\nOne two\n\n### Duties\n\nThree',
    ],
    [
      'prints bullets and numbers for list items',
      '<ul><li>Files</li><li>Types</li></ul><ol><li>First</li><li>Second</li></ol>',
      '• Files\n• Types\n\n1. First\n2. Second',
    ],
    ['honours <ol start>', '<ol start="4"><li>Fourth</li></ol>', '4. Fourth'],
    [
      'prints one line per table row with TAB-joined cells',
      '<table><tr><th>Duty</th><th>%</th></tr><tr><td><p>Reviews</p><p>claims</p></td><td>40%</td></tr></table>',
      'Duty\t%\nReviews claims\t40%',
    ],
    ['decodes entities', '<p>Skills &amp; abilities&nbsp;&mdash; &#8220;x&#8221;</p>', 'Skills & abilities\u00A0— “x”'],
    ['breaks lines at <br>, a blank line at two', '<p>a<br>b<br><br>c</p>', 'a\nb\n\nc'],
    [
      'drops site navigation, including void elements inside it',
      '<nav><a href="/">Home</a> | <img src="x.png"> Jobs<br></nav><div class="site-menu"><ul><li>Apply</li></ul></div><div role="navigation">Back</div><h2>Program Analyst</h2><p>Duty</p>',
      '## Program Analyst\n\nDuty',
    ],
    [
      'reads only the main content when the page marks it, without header, footer, aside or hidden text',
      '<header><a>Sign In</a></header><div class="sidebar">Jobs</div><main><h1>Analyst</h1><div class="hidden">GBP</div><p>Reviews claims.</p></main><aside>Share</aside><footer>© Crown</footer>',
      '# Analyst\n\nReviews claims.',
    ],
    [
      'drops page header and footer bands outside an article when there is no main',
      '<header>Site</header><article><header><h1>Clerk</h1></header><p>Files.</p></article><footer>Legal</footer>',
      '# Clerk\n\nFiles.',
    ],
    [
      'prints a paragraph bold throughout as a bold line, not one with bold words only',
      '<p><strong>Key responsibilities:</strong></p><p><b>Plans</b> work.</p>',
      '**Key responsibilities:**\n\nPlans work.',
    ],
    [
      'keeps a line bold when only a dash is set in another style',
      '<p> <strong>You’ll be accountable for </strong><em>–</em></p>',
      '**You’ll be accountable for –**',
    ],
    [
      'prints a description list as label: value lines',
      '<dl><div><dt>Grade</dt><dd>G7</dd></div><div><dt>Band:</dt><dd>B</dd></div></dl>',
      'Grade: G7\nBand: B',
    ],
    ['leaves long bold prose unmarked', `<p><strong>${'word '.repeat(40)}</strong></p>`, 'word '.repeat(40).trim()],
    [
      "ends the skip at the menu's own closing tag even with unclosed children",
      '<div class="menu"><span>Home<b>Jobs</div><p>Duty</p>',
      'Duty',
    ],
    [
      'keeps nested list items on their own lines',
      '<ul><li>Parent<ul><li>Child</li></ul></li><li>Next</li></ul>',
      '• Parent\n• Child\n• Next',
    ],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});
