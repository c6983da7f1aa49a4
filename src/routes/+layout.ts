// Every page is prerendered into plain files that any static host can serve.
export const prerender = true;
export const trailingSlash = 'always';
