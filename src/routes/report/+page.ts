// The report is text to read: plain prerendered HTML, no framework JavaScript. Glossary terms and
// shared place names open native popovers; copy-link buttons come from static/report-links.js.
export const csr = false;
